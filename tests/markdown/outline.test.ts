import { describe, expect, it } from "vitest";
import { rendered } from "../helpers/markdown.ts";

describe("the outline of a post", () => {
  it("takes what comes before <!-- more --> as the excerpt and leaves the marker out of the page", async () => {
    const { beforeMore, html, firstParagraph } = await rendered("First *part*.\n\n- a list item\n\nSecond part.\n\n<!-- more -->\n\nThe rest.\n\n<!-- more -->\n");
    expect(beforeMore).toBe("First part. a list item Second part.");
    expect(firstParagraph).toBe("First part.");
    expect(html).not.toMatch(/<!--\s*more/);
    expect(html).toContain("<p>The rest.</p>");
  });

  it("has no excerpt marker unless the post has one", async () => {
    expect((await rendered("Only text.\n\nMore text.\n")).beforeMore).toBeUndefined();
  });

  it("collects prose and code for the reading time, and no markup", async () => {
    const { text } = await rendered("Some **bold** words.\n\n```js\nlet x = 1;\n```\n\n| a | b |\n|---|---|\n| cell | [link](/x) |\n");
    expect(text).toBe("Some bold words.\nlet x = 1;\n\na\nb\ncell\nlink");
  });
});
