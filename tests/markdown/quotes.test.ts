import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { rendered } from "../helpers/markdown.ts";

describe("blockquote attribution", () => {
  it("turns a final paragraph starting with a dash into the quote's figcaption", async () => {
    const $ = load((await rendered("> The quay is busiest early.\n>\n> — Harbour master, *Log*\n")).html);
    const figure = $("figure.quote");
    expect(figure.length).toBe(1);
    expect(figure.children().map((_, el) => el.tagName).get()).toEqual(["blockquote", "figcaption"]);
    expect(figure.find("blockquote").text().trim()).toBe("The quay is busiest early.");
    expect(figure.find("figcaption").html()).toBe("— Harbour master, <em>Log</em>");
  });

  it.each(["--", "---"])("accepts %s typed for the dash", async (dash) => {
    const $ = load((await rendered(`> Quoted.\n>\n> ${dash} Someone\n`)).html);
    expect($("figure.quote figcaption").text()).toBe("— Someone");
  });

  it("leaves quotes without one, and a quote that is only a dashed line, as plain blockquotes", async () => {
    const $ = load((await rendered("> Just a quote.\n\n> — only this\n\n> First.\n> — same paragraph\n")).html);
    expect($("figure").length).toBe(0);
    expect($("blockquote").length).toBe(3);
  });

  it("handles a quote inside a quote", async () => {
    const $ = load((await rendered("> Outer.\n>\n> > Inner.\n> >\n> > — Inner source\n>\n> — Outer source\n")).html);
    const outer = $("figure.quote").first();
    expect(outer.children("figcaption").text()).toBe("— Outer source");
    const inner = outer.find("blockquote figure.quote");
    expect(inner.children("figcaption").text()).toBe("— Inner source");
    expect(inner.find("blockquote").text().trim()).toBe("Inner.");
  });
});
