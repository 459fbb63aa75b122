import { describe, expect, it } from "vitest";
import { showsTableOfContents } from "../../src/content/toc.ts";
import type { Heading } from "../../src/model/post.ts";

const h = (level: number, id: string): Heading => ({ level, id, text: id });
const three = [h(2, "a"), h(3, "a1"), h(2, "b"), h(2, "c")];
const two = [h(2, "a"), h(3, "a1"), h(3, "a2"), h(2, "b")];

describe("showsTableOfContents", () => {
  it("follows the post's toc field when it has one", () => {
    expect(showsTableOfContents(true, false, two)).toBe(true);
    expect(showsTableOfContents(false, "auto", three)).toBe(false);
  });

  it("with the site's toc: auto, shows one from three h2 sections on", () => {
    expect(showsTableOfContents(undefined, "auto", three)).toBe(true);
    expect(showsTableOfContents(undefined, "auto", two)).toBe(false);
    expect(showsTableOfContents(undefined, false, three)).toBe(false);
  });

  it("never shows an empty one", () => {
    expect(showsTableOfContents(true, "auto", [])).toBe(false);
  });
});
