import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decode, isMarkdownFile, listFiles } from "../../src/content/files.ts";
import { tempDir } from "../helpers/site.ts";

describe("isMarkdownFile", () => {
  it.each(["post.md", "Post.MD", "post.markdown"])("reads %s", (name) => expect(isMarkdownFile(name)).toBe(true));
  it.each([".#post.md", "post.md~", ".post.md.swp", ".DS_Store", "notes.txt", "photo.jpg", "post.mdx"])("ignores %s", (name) => expect(isMarkdownFile(name)).toBe(false));
});

describe("listFiles", () => {
  it("lists every file below the folder in code-point order, leaving out dotfiles and dot folders", async () => {
    const dir = tempDir();
    for (const file of ["b.md", "a/z.md", "A.md", ".hidden.md", ".git/config", "a/.obsidian/x.md"]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), "x");
    }
    expect((await listFiles(dir)).map((file) => path.relative(dir, file))).toEqual(["A.md", "a/z.md", "b.md"]);
  });

  it("finds nothing in a folder that does not exist", async () => {
    expect(await listFiles(path.join(tempDir(), "missing"))).toEqual([]);
  });
});

describe("decode", () => {
  it("reads UTF-8 without its byte-order mark and with Unix line endings, and refuses other bytes", () => {
    expect(decode(new TextEncoder().encode("\uFEFFa\r\nb\rc"))).toBe("a\nb\nc");
    expect(decode(new Uint8Array([0x61, 0xff]))).toBeUndefined();
  });
});
