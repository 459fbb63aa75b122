import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { rendered } from "../helpers/markdown.ts";

describe("tables", () => {
  it("wrap in a focusable region named by the column headings", async () => {
    const $ = load((await rendered("| Day | *Passengers* |\n|---|---|\n| Monday | 812 |\n\n| A |\n|---|\n| 1 |\n")).html);
    const wrappers = $("div.table-scroll");
    expect(wrappers.length).toBe(2);
    expect(wrappers.first().attr("role")).toBe("region");
    expect(wrappers.first().attr("tabindex")).toBe("0");
    expect(wrappers.first().attr("aria-label")).toBe("Day, Passengers");
    expect(wrappers.first().children("table").length).toBe(1);
    expect(wrappers.last().attr("aria-label")).toBe("A");
    expect($("table").length).toBe(2);
  });

  it("label a table whose headings are empty", async () => {
    expect(load((await rendered("|   |   |\n|---|---|\n| 1 | 2 |\n")).html)("div.table-scroll").attr("aria-label")).toBe("Table");
  });

  it("escape the label", async () => {
    const { html } = await rendered('| a"b & c |\n|---|\n| 1 |\n');
    expect(html).toContain('aria-label="a&quot;b &amp; c"');
    expect(load(html)("div.table-scroll").attr("aria-label")).toBe('a"b & c');
  });
});
