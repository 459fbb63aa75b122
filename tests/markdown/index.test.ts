import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { md, rendered } from "../helpers/markdown.ts";

describe("the markdown instance", () => {
  it("renders tables", () => {
    expect(md.render("| a | b |\n|---|---|\n| 1 | 2 |\n")).toContain("<table>");
  });

  it("uses typographic quotes and dashes", () => {
    expect(md.render('"Quoted" -- and it\'s done')).toBe("<p>“Quoted” – and it’s done</p>\n");
  });

  it("turns bare URLs into links", () => {
    expect(md.render("See https://example.com/x today")).toContain('<a href="https://example.com/x">https://example.com/x</a>');
  });

  it("passes the writer's own HTML through", () => {
    expect(md.render("<aside>note</aside>")).toContain("<aside>note</aside>");
  });
});

describe("renderMarkdown", () => {
  it("returns the first paragraph as plain text", async () => {
    const { firstParagraph } = await rendered("# Heading\n\nSome *emphasis*, `code` and [a link](/x)\nover two lines.\n\nSecond.");
    expect(firstParagraph).toBe("Some emphasis, code and a link over two lines.");
  });

  it("leaves an inline data: image as written", async () => {
    const { html, assets } = await rendered("![A dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=)");
    expect(load(html)("img").attr("src")).toBe("data:image/gif;base64,R0lGODlhAQABAAAAACw=");
    expect(load(html)("img").attr("alt")).toBe("A dot");
    expect(assets).toEqual([]);
  });
});
