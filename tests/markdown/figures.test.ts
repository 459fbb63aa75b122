import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { rendered, siteWith } from "../helpers/markdown.ts";
import { FIXTURES } from "../helpers/site.ts";

const mark = readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png"));

describe("figures", () => {
  it("turn an image alone in its paragraph with a title into a figure captioned by the title", async () => {
    const $ = load((await rendered('Before.\n\n![A round mark](mark.png "The office\'s <mark> & seal")\n\nAfter.\n', siteWith({ "mark.png": mark }))).html);
    const figure = $("figure");
    expect(figure.length).toBe(1);
    expect(figure.children().map((_, el) => el.tagName).get()).toEqual(["picture", "figcaption"]);
    expect(figure.find("figcaption").text()).toBe("The office's <mark> & seal");
    expect(figure.find("img").attr("title")).toBeUndefined();
    expect(figure.find("img").attr("alt")).toBe("A round mark");
    expect($("p").map((_, p) => $(p).text()).get()).toEqual(["Before.", "After."]);
  });

  it("leave an image without a title, or with text beside it, in its paragraph", async () => {
    const root = siteWith({ "mark.png": mark });
    const $ = load((await rendered('![A mark](mark.png)\n\nSee ![A mark](mark.png "Tooltip") here.\n', root)).html);
    expect($("figure").length).toBe(0);
    expect($("p > picture").length).toBe(2);
    expect($("p").last().find("img").attr("title")).toBe("Tooltip");
  });
});
