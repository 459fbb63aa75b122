import { describe, expect, it } from "vitest";
import { resolveAliases } from "../../src/content/aliases.ts";

const at = () => ({});

describe("resolveAliases", () => {
  it("renames other engines' fields to Broadsheet's", () => {
    const { fields, problems } = resolveAliases(
      { title: "T", pubDate: "2022-07-08", updatedDate: "2022-07-10", summary: "S", published: false, authors: ["A", "B"] },
      "posts/x.md",
      at,
    );
    expect(problems).toEqual([]);
    expect(fields).toEqual({ title: "T", date: "2022-07-08", updated: "2022-07-10", description: "S", draft: true, author: ["A", "B"] });
  });

  it("takes lastmod and excerpt too, and a one-name authors list as the author", () => {
    expect(resolveAliases({ lastmod: "2020-01-02", excerpt: "E", authors: ["Solo"] }, "posts/x.md", at).fields).toEqual({ updated: "2020-01-02", description: "E", author: "Solo" });
  });

  it("adds categories to the tags, splitting Jekyll's space-separated text, and reads Zola's taxonomies", () => {
    expect(resolveAliases({ tags: ["a"], categories: "jekyll update" }, "posts/x.md", at).fields.tags).toEqual(["a", "jekyll", "update"]);
    expect(resolveAliases({ category: "news" }, "posts/x.md", at).fields.tags).toEqual(["news"]);
    expect(resolveAliases({ taxonomies: { tags: ["travel"], categories: ["journal"] } }, "posts/x.md", at).fields.tags).toEqual(["travel", "journal"]);
  });

  it("accepts a field and its alias when they agree", () => {
    expect(resolveAliases({ date: "2020-01-01", pubDate: "2020-01-01", draft: true, published: false }, "posts/x.md", at).problems).toEqual([]);
  });

  it.each([
    [{ date: "2020-01-01", pubDate: "2020-02-02" }, "pubDate", /gives "2020-02-02" but date gives "2020-01-01"; expected only one of them \(pubDate means date\)/],
    [{ updated: "2020-01-01", lastmod: "2020-02-02" }, "lastmod", /but updated gives/],
    [{ description: "a", summary: "b" }, "summary", /but description gives "a"/],
    [{ draft: false, published: false }, "published", /^false says the post is a draft but draft: false says otherwise/],
    [{ author: "A", authors: ["B", "C"] }, "authors", /but author gives "A"/],
  ])("refuses %j, naming both fields", (data, field, message) => {
    const { problems } = resolveAliases(data, "posts/x.md", (name) => ({ line: name.length }));
    expect(problems).toEqual([{ file: "posts/x.md", line: field.length, field, message: expect.stringMatching(message) }]);
  });

  it("refuses a published flag that is not true or false", () => {
    expect(resolveAliases({ published: "no" }, "posts/x.md", at).problems[0]?.message).toBe('is "no"; expected true or false');
  });
});
