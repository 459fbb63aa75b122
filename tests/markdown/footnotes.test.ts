import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { rendered } from "../helpers/markdown.ts";

describe("footnotes", () => {
  it("links each reference to its note and each note back, in a labelled section", async () => {
    const $ = load((await rendered("One claim.[^a] Another.[^b]\n\n[^a]: First source.\n[^b]: Second source.\n")).html);
    const references = $("sup.footnote-ref a");
    expect(references.map((_, a) => $(a).attr("href")).get()).toEqual(["#fn1", "#fn2"]);
    const section = $("section.footnotes");
    expect(section.attr("aria-label")).toBe("Footnotes");
    const notes = section.find("li");
    expect(notes.map((_, li) => $(li).attr("id")).get()).toEqual(["fn1", "fn2"]);
    expect(notes.first().text()).toContain("First source.");
    const back = notes.first().find("a.footnote-backref");
    expect(back.attr("href")).toBe(`#${references.first().attr("id")}`);
    expect(back.attr("aria-label")).toBe("Back to reference 1");
  });

  it("names each back-link of a note referenced twice", async () => {
    const $ = load((await rendered("A.[^a] B.[^a]\n\n[^a]: Shared.\n")).html);
    const back = $("a.footnote-backref");
    expect(back.map((_, a) => $(a).attr("href")).get()).toEqual(["#fnref1", "#fnref1:1"]);
    expect(back.map((_, a) => $(a).attr("aria-label")).get()).toEqual(["Back to reference 1", "Back to reference 1 (2)"]);
    expect($("#fnref1\\:1").length).toBe(1);
  });
});
