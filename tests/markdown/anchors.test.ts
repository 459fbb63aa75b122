import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { headingSlug } from "../../src/markdown/anchors.ts";
import { rendered } from "../helpers/markdown.ts";

describe("headingSlug", () => {
  it("keeps words of any script, lower-cased and joined by hyphens", () => {
    expect(headingSlug("Who is Speaking?")).toBe("who-is-speaking");
    expect(headingSlug("تعداد الركاب")).toBe("تعداد-الركاب");
    expect(headingSlug("Café  — déjà vu")).toBe("café-déjà-vu");
    expect(headingSlug("北京 2020")).toBe("北京-2020");
  });

  it("gives a heading with no letters or digits a name of its own", () => {
    expect(headingSlug("?!")).toBe("section");
  });
});

describe("heading anchors", () => {
  it("gives h2–h4 an id and a self-link named by the heading, and leaves h1 and h5 alone", async () => {
    const $ = load((await rendered("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n")).html);
    expect($("h1").attr("id")).toBeUndefined();
    expect($("h5").attr("id")).toBeUndefined();
    for (const [tag, id] of [["h2", "two"], ["h3", "three"], ["h4", "four"]] as const) {
      expect($(tag).attr("id")).toBe(id);
      const link = $(tag).parent(".heading").children("a.heading-link");
      expect(link.attr("href")).toBe(`#${id}`);
      expect(link.attr("aria-labelledby")).toBe(id);
    }
  });

  it("makes repeated headings unique and keeps ids the page itself uses free", async () => {
    const { headings } = await rendered("## Notes\n\n## Notes\n\n## Comments\n\n## Main\n");
    expect(headings.map((heading) => heading.id)).toEqual(["notes", "notes-1", "comments-1", "main-1"]);
  });

  it("keeps an Arabic heading readable in its id and link", async () => {
    const { html, headings } = await rendered("## سجل المكتب\n\nنص.\n");
    expect(headings).toEqual([{ level: 2, id: "سجل-المكتب", text: "سجل المكتب" }]);
    expect(load(html)("a.heading-link").attr("href")).toBe("#سجل-المكتب");
  });

  it("lists headings with their plain text, code included and markup left out", async () => {
    const { headings } = await rendered("## The *quick* `fox`\n\n### Below it\n");
    expect(headings).toEqual([
      { level: 2, id: "the-quick-fox", text: "The quick fox" },
      { level: 3, id: "below-it", text: "Below it" },
    ]);
  });
});
