import { execFileSync } from "node:child_process";
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decode, isMarkdownFile, listFiles, siteFolders } from "../../src/content/files.ts";
import { tempDir } from "../helpers/site.ts";

describe("isMarkdownFile", () => {
  it.each(["post.md", "Post.MD", "post.markdown"])("reads %s", (name) => expect(isMarkdownFile(name)).toBe(true));
  it.each([".#post.md", "post.md~", ".post.md.swp", ".DS_Store", "notes.txt", "photo.jpg", "post.mdx"])("ignores %s", (name) => expect(isMarkdownFile(name)).toBe(false));
});

describe("listFiles", () => {
  /** A site with `posts/` and `comments/`, and a folder outside it with a file the site must never read. */
  function site(): { root: string; posts: string; outside: string } {
    const root = tempDir();
    const posts = path.join(root, "posts");
    mkdirSync(posts);
    mkdirSync(path.join(root, "comments"));
    const outside = tempDir("broadsheet-elsewhere-");
    writeFileSync(path.join(outside, "secret.md"), "private");
    return { root, posts, outside };
  }
  const relative = (dir: string, files: readonly string[]) => files.map((file) => path.relative(dir, file));

  it("lists every file below the folder in code-point order, leaving out dotfiles and dot folders", async () => {
    const { root, posts } = site();
    for (const file of ["b.md", "a/z.md", "A.md", ".hidden.md", ".git/config", "a/.obsidian/x.md"]) {
      mkdirSync(path.dirname(path.join(posts, file)), { recursive: true });
      writeFileSync(path.join(posts, file), "x");
    }
    const listing = await listFiles(posts, siteFolders(root));
    expect(relative(posts, listing.files)).toEqual(["A.md", "a/z.md", "b.md"]);
    expect(listing.problems).toEqual([]);
  });

  it("says when the folder does not exist, and names a file where a folder should be", async () => {
    const { root } = site();
    expect(await listFiles(path.join(root, "missing"), siteFolders(root))).toEqual({ exists: false, files: [], problems: [] });
    writeFileSync(path.join(root, "flat"), "x");
    expect((await listFiles(path.join(root, "flat"), siteFolders(root))).problems).toEqual([{ file: "flat", message: "is a file; expected a folder" }]);
  });

  it("follows links that stay inside the site's folders, files and folders alike", async () => {
    const { root, posts } = site();
    mkdirSync(path.join(posts, "real"));
    writeFileSync(path.join(posts, "real", "a.md"), "a");
    writeFileSync(path.join(root, "comments", "b.md"), "b");
    symlinkSync(path.join(posts, "real", "a.md"), path.join(posts, "link-to-a.md"));
    symlinkSync(path.join(posts, "real"), path.join(posts, "linked-folder"));
    symlinkSync("../comments/b.md", path.join(posts, "from-comments.md"));
    const listing = await listFiles(posts, siteFolders(root));
    expect(relative(posts, listing.files)).toEqual(["from-comments.md", "link-to-a.md", "linked-folder/a.md", "real/a.md"]);
    expect(listing.problems).toEqual([]);
  });

  it("names, and never follows, a link out of the site's folders, a broken link and a link to a folder it is in", async () => {
    const { root, posts, outside } = site();
    writeFileSync(path.join(root, "README.md"), "the project's own, not the site's");
    symlinkSync(path.join(outside, "secret.md"), path.join(posts, "secret.md"));
    symlinkSync(outside, path.join(posts, "elsewhere"));
    symlinkSync("../README.md", path.join(posts, "readme.md"));
    symlinkSync("nowhere.md", path.join(posts, "broken.md"));
    mkdirSync(path.join(posts, "deep"));
    symlinkSync("..", path.join(posts, "deep", "up"));
    const listing = await listFiles(posts, siteFolders(root));
    expect(listing.files).toEqual([]);
    const real = realpathSync(outside);
    expect(listing.problems).toEqual([
      { file: "posts/broken.md", message: "is a link to nowhere.md, which does not exist; expected a file" },
      { file: "posts/deep/up", message: `is a link to a folder it is in (${realpathSync(posts)}); expected a link that leads elsewhere, or none` },
      { file: "posts/elsewhere", message: `is a link to ${real}, outside the site's folders (posts/, pages/, comments/, public/); expected the file itself, copied into the site, as only the site's own files are published` },
      { file: "posts/readme.md", message: expect.stringMatching(/^is a link to .*README\.md, outside the site's folders/) },
      { file: "posts/secret.md", message: expect.stringMatching(/^is a link to .*secret\.md, outside the site's folders/) },
    ]);
  });

  it("follows a posts folder that is itself a link, to a synced folder say", async () => {
    const root = tempDir();
    const synced = tempDir("broadsheet-synced-");
    writeFileSync(path.join(synced, "a.md"), "a");
    symlinkSync(synced, path.join(root, "posts"));
    const listing = await listFiles(path.join(root, "posts"), siteFolders(root));
    expect(relative(path.join(root, "posts"), listing.files)).toEqual(["a.md"]);
    expect(listing.problems).toEqual([]);
  });

  it("names a named pipe instead of opening it, which would wait forever", async () => {
    const { root, posts } = site();
    execFileSync("mkfifo", [path.join(posts, "pipe.md")]);
    const listing = await listFiles(posts, siteFolders(root));
    expect(listing).toEqual({ exists: true, files: [], problems: [{ file: "posts/pipe.md", message: "is a named pipe, not a file; expected only files and folders (remove it)" }] });
  });
});

describe("decode", () => {
  it("reads UTF-8 without its byte-order mark and with Unix line endings, and refuses other bytes", () => {
    expect(decode(new TextEncoder().encode("\uFEFFa\r\nb\rc"))).toBe("a\nb\nc");
    expect(decode(new Uint8Array([0x61, 0xff]))).toBeUndefined();
  });
});
