import { describe, expect, it } from "vitest";
import { isJekyllPost, resolveAliases } from "../../src/content/aliases.ts";

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

  it("adds categories to the tags, splitting a Jekyll post's space-separated text, and reads Zola's taxonomies", () => {
    // Jekyll's starter post, _posts/2014-04-12-welcome-to-jekyll.markdown: `categories: jekyll update` is two categories.
    expect(resolveAliases({ tags: ["a"], categories: "jekyll update" }, "posts/x.md", at, true).fields.tags).toEqual(["a", "jekyll", "update"]);
    // Hugo keeps a taxonomy's text whole: `categories: Data Science` is one term.
    expect(resolveAliases({ categories: "Data Science" }, "posts/x.md", at).fields.tags).toEqual(["Data Science"]);
    expect(resolveAliases({ category: "news" }, "posts/x.md", at).fields.tags).toEqual(["news"]);
    expect(resolveAliases({ taxonomies: { tags: ["travel"], categories: ["journal"] } }, "posts/x.md", at).fields.tags).toEqual(["travel", "journal"]);
  });

  it.each([
    ["posts/2014-04-12-welcome-to-jekyll.markdown", "yaml", true],
    ["posts/2020/2021-6-1-short-date.md", "yaml", true],
    ["posts/2021-11-11-docker.md", "toml", false],
    ["posts/data-science.md", "yaml", false],
    ["posts/2020-01-05-trip/index.md", "yaml", false],
  ])("reads %s with %s front matter as a Jekyll post: %s", (file, format, jekyll) => {
    expect(isJekyllPost(file, format)).toBe(jekyll);
  });

  it("keeps Jekyll's singular tag and category whole, as Jekyll does, and adds them to the tags", () => {
    expect(resolveAliases({ tags: ["a"], tag: "machine learning" }, "posts/x.md", at).fields.tags).toEqual(["a", "machine learning"]);
    expect(resolveAliases({ category: "web dev" }, "posts/x.md", at).fields.tags).toEqual(["web dev"]);
  });

  it("dates a post by Hugo's publishDate or published date without a date, and by its date with one", () => {
    expect(resolveAliases({ publishDate: "2020-03-04" }, "posts/x.md", at).fields).toEqual({ date: "2020-03-04" });
    expect(resolveAliases({ published: "2020-03-04T10:00:00Z" }, "posts/x.md", at).fields).toEqual({ date: "2020-03-04T10:00:00Z" });
    expect(resolveAliases({ date: "2020-01-01", publishDate: "2020-03-04" }, "posts/x.md", at)).toEqual({ fields: { date: "2020-01-01" }, problems: [], warnings: [] });
  });

  it("takes Hugo's modified as the updated date", () => {
    expect(resolveAliases({ modified: "2021-05-06" }, "posts/x.md", at).fields).toEqual({ updated: "2021-05-06" });
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

  // Hugo's internal opengraph.html and twitter_cards.html share a page with `index .Params.images 0`.
  it("takes the first of Hugo's images as the image, unless the post gives its own", () => {
    expect(resolveAliases({ images: ["cover.png", "second.png"] }, "posts/x.md", at)).toEqual({ fields: { image: "cover.png" }, problems: [], warnings: [] });
    expect(resolveAliases({ images: "/img/one.png" }, "posts/x.md", at).fields).toEqual({ image: "/img/one.png" });
    expect(resolveAliases({ image: "own.png", images: ["cover.png"] }, "posts/x.md", at)).toEqual({ fields: { image: "own.png" }, problems: [], warnings: [] });
  });

  // As Piraeus West Jr.'s Hugo post "Binance basics" writes it: [[images]] src = "img/skyscraper.jpg" alt = "Bitcoin image" stretch = "stretchH".
  it("reads a theme's images tables by their src and alt", () => {
    expect(resolveAliases({ images: [{ src: "img/skyscraper.jpg", alt: "Bitcoin image", stretch: "stretchH" }] }, "posts/x.md", at).fields).toEqual({ image: "img/skyscraper.jpg", imageAlt: "Bitcoin image" });
  });

  it("ignores images that name no picture, with a warning at its line, and builds the post", () => {
    expect(resolveAliases({ images: [{ url: "a.png" }] }, "posts/x.md", () => ({ line: 4, column: 1 }))).toEqual({
      fields: {},
      problems: [],
      warnings: [{ file: "posts/x.md", line: 4, column: 1, field: "images", severity: "warning", message: 'is [{"url":"a.png"}], which names no picture, so it is ignored; expected paths of pictures, for example images: [images/cover.jpg]' }],
    });
  });

  it("refuses a published flag that is not true or false", () => {
    expect(resolveAliases({ published: "no" }, "posts/x.md", at).problems[0]?.message).toBe('is "no"; expected true or false');
  });
});
