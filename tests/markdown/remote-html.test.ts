import { describe, expect, it } from "vitest";
import { renderPost } from "../helpers/markdown.ts";

describe("HTML in a post that loads from another host", () => {
  it("is named with its line, column and address, and passes through as written", async () => {
    const source = [
      "Intro.", // body line 1 is line 5 of the file
      "",
      '<img src="https://photos.example.org/harbour.jpg" alt="The harbour">',
      "",
      "A tracker <img src=//pixel.example.net/p.gif> inline.",
      "",
      '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
      "",
    ].join("\n");
    const result = await renderPost(source);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        file: "posts/post.md",
        line: 7,
        column: 1,
        message:
          "<img> written as HTML loads https://photos.example.org/harbour.jpg from another host as soon as the page opens, telling that host who reads it; expected the Markdown ![What it shows](https://photos.example.org/harbour.jpg), which is downloaded at build time",
      },
      {
        file: "posts/post.md",
        line: 9,
        column: 11,
        message: "<img> written as HTML loads //pixel.example.net/p.gif from another host as soon as the page opens, telling that host who reads it; expected the Markdown ![What it shows](//pixel.example.net/p.gif), which is downloaded at build time",
      },
      {
        file: "posts/post.md",
        line: 11,
        column: 1,
        message:
          "<iframe> written as HTML loads https://www.youtube.com/embed/abc from another host as soon as the page opens, telling that host who reads it; expected a link to it, on a line of its own for a video, which then waits for the reader's click",
      },
    ]);
    if (result.ok) expect(result.value.html).toContain('<img src="https://photos.example.org/harbour.jpg" alt="The harbour">');
  });

  it("is not named when it stays on the site, only links elsewhere, or is shown as code", async () => {
    const source = [
      '<img src="/images/local.png" alt="Local">',
      "",
      '<a href="https://example.org/">a link</a> and <img src="../x.png" alt="near">',
      "",
      'Shown as code: `<img src="https://example.org/a.png">`.',
      "",
      "```html",
      '<img src="https://example.org/b.png">',
      "```",
    ].join("\n");
    const result = await renderPost(source);
    const remote = (result.ok ? result.warnings : []).filter((warning) => warning.message.includes("from another host"));
    expect(result.ok).toBe(true);
    expect(remote).toEqual([]);
  });
});
