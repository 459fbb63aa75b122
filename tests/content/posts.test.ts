import { mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import { describe, expect, it } from "vitest";
import { resolveInSite, siteFolders } from "../../src/content/files.ts";
import { createPostLoader, parsePost, type PostContext } from "../../src/content/posts.ts";
import { validateSettings } from "../../src/content/settings.ts";
import { createImageProcessor } from "../../src/markdown/images.ts";
import { createMarkdown } from "../../src/markdown/index.ts";
import type { Settings } from "../../src/model/settings.ts";
import { FIXTURES, makeSite, tempDir } from "../helpers/site.ts";

const md: MarkdownIt = createMarkdown();
const config = validateSettings({ title: "T", url: "https://example.com" });
const withDefault = validateSettings({ title: "T", url: "https://example.com", defaultAuthor: "Default Writer" });
const bytes = (text: string) => new TextEncoder().encode(text);
/** A site root for posts without images: nothing is read from it. */
const root = tempDir();
/** What parsePost needs besides the file: the site and the shared renderers. */
const contextOf = (settings: Settings, siteRoot = root): PostContext => ({ root: siteRoot, settings, markdown: md, processImage: createImageProcessor(siteRoot), checkFile: (file) => resolveInSite(file, siteFolders(siteRoot)), staticFolders: ["public"] });

describe("parsePost", () => {
  it("builds the Post every page reads", async () => {
    const { post } = await parsePost(bytes("---\ntitle: A Title\nauthor: Ann\ndate: 2020-07-13\ntags: [iraq]\nmood: calm\n---\n\nFirst *paragraph*.\n\nSecond.\n"), "posts/2020-07-13-a-title.md", contextOf(config));
    expect(post).toMatchObject({
      id: "a-title",
      slug: "a-title",
      url: "/posts/a-title/",
      title: "A Title",
      author: "Ann",
      date: { day: "2020-07-13" },
      tags: ["iraq"],
      draft: false,
      comments: true,
      excerpt: "First paragraph.",
      sourcePath: "posts/2020-07-13-a-title.md",
    });
    expect(post?.html).toBe("<p>First <em>paragraph</em>.</p>\n<p>Second.</p>\n");
    expect(post?.data.mood).toBe("calm");
  });

  it("takes the slug from front matter over the file name", async () => {
    const { post } = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\nslug: Chosen Slug\n---\nx\n"), "posts/2020-01-01-file-name.md", contextOf(config));
    expect(post?.url).toBe("/posts/chosen-slug/");
  });

  it("uses the site's default author when a post names none, and requires one otherwise", async () => {
    const text = bytes("---\ntitle: T\ndate: 2020-01-01\n---\nx\n");
    expect((await parsePost(text, "posts/t.md", contextOf(withDefault))).post?.author).toBe("Default Writer");
    expect((await parsePost(text, "posts/t.md", contextOf(config))).problems).toEqual([
      { file: "posts/t.md", field: "author", message: expect.stringMatching(/is missing.*defaultAuthor/) },
    ]);
  });

  it("names the file, line and field of every problem at once", async () => {
    const { problems } = await parsePost(bytes("---\ntitle: [a, b]\nauthor: A\ndate: 2020-02-30\n---\nx\n"), "posts/bad.md", contextOf(config));
    expect(problems).toEqual([
      { file: "posts/bad.md", line: 2, column: 1, field: "title", message: expect.stringMatching(/is a list; expected the post's title/) },
      { file: "posts/bad.md", line: 4, column: 1, field: "date", message: expect.stringMatching(/not a real date/) },
    ]);
  });

  it("accepts a byte-order mark and CRLF line endings like their plain twins", async () => {
    const plain = (await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\nLine one\nline two\n"), "posts/t.md", contextOf(config))).post;
    const windows = (await parsePost(bytes("\uFEFF---\r\ntitle: T\r\nauthor: A\r\ndate: 2020-01-01\r\n---\r\nLine one\r\nline two\r\n"), "posts/t.md", contextOf(config))).post;
    expect(windows).toEqual(plain);
  });

  it("refuses invalid UTF-8 and empty files", async () => {
    expect((await parsePost(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]), "posts/bin.md", contextOf(config))).problems?.[0]?.message).toMatch(/not valid UTF-8/);
    expect((await parsePost(bytes("  \n"), "posts/empty.md", contextOf(config))).problems?.[0]?.message).toMatch(/empty/);
  });
});

describe("parsePost: what the post page shows", () => {
  const auto = validateSettings({ title: "T", url: "https://example.com", toc: "auto" });
  const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(" ");

  it("derives the reading time, headings, language, direction and meta description once", async () => {
    const { post } = await parsePost(bytes(`---\ntitle: T\nauthor: A\ndate: 2020-01-01\nlang: AR-eg\n---\n\n## أولا\n\n${words(1100)}\n`), "posts/t.md", contextOf(config));
    expect(post).toMatchObject({ readingMinutes: 5, lang: "ar-EG", dir: "rtl", toc: false });
    // No picture of its own: it is shared with its social card, drawn when the site is built.
    expect(post?.image).toEqual({ url: post?.card?.url, width: 1200, height: 630, alt: "T · T" });
    expect(post?.assets).toEqual([{ from: post?.card?.file, to: post?.card?.url }]);
    expect(post?.card).toMatchObject({ title: "T", dir: "rtl", siteDir: "ltr" });
    expect(post?.headings).toEqual([{ level: 2, id: "أولا", text: "أولا" }]);
    expect(post?.metaDescription.length).toBeLessThanOrEqual(161);
    expect(post?.metaDescription.endsWith("…")).toBe(true);
  });

  it("takes the site's language when the post names none", async () => {
    const { post } = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\nx\n"), "posts/t.md", contextOf(config));
    expect(post).toMatchObject({ lang: "en", dir: "ltr" });
  });

  it("shows a table of contents by front matter, or by the site's auto setting from three sections on", async () => {
    const sections = (count: number) => Array.from({ length: count }, (_, i) => `## Part ${i}\n\nText.\n`).join("\n");
    const parse = async (fields: string, body: string, site = auto) => (await parsePost(bytes(`---\ntitle: T\nauthor: A\ndate: 2020-01-01\n${fields}---\n${body}`), "posts/t.md", contextOf(site))).post?.toc;
    expect(await parse("", sections(3))).toBe(true);
    expect(await parse("", sections(2))).toBe(false);
    expect(await parse("toc: false\n", sections(3))).toBe(false);
    expect(await parse("toc: true\n", sections(1), config)).toBe(true);
    expect(await parse("", sections(3), config)).toBe(false);
  });

  it("names the line of a bad lang, toc or image, with every other problem of the post", async () => {
    const { problems } = await parsePost(
      bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\nlang: english\ntoc: yes\nimage: images/cover.jpg\n---\n\n![Map](map.png)\n"),
      "posts/bad.md", contextOf(config));
    expect(problems).toEqual([
      { file: "posts/bad.md", line: 5, column: 1, field: "lang", message: expect.stringMatching(/^"english" is not a BCP 47 language tag; expected one such as ar/) },
      { file: "posts/bad.md", line: 6, column: 1, field: "toc", message: expect.stringMatching(/^is a string; expected true or false/) },
      { file: "posts/bad.md", line: 7, column: 1, field: "image", message: expect.stringMatching(/^images\/cover\.jpg does not exist/) },
      { file: "posts/bad.md", line: 10, message: expect.stringMatching(/^image map\.png does not exist \(looked for posts\/map\.png\)/) },
    ]);
  });
});

describe("createPostLoader", () => {
  it("reads a post again when an image it names appears or changes, and keeps it otherwise", async () => {
    const mark = readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png"));
    const site = makeSite({ "p.md": "---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\n\n![A mark](images/mark.png)\n" });
    const load = createPostLoader(contextOf(config, site));

    expect((await load()).problems[0]?.message).toMatch(/images\/mark\.png does not exist/);
    mkdirSync(path.join(site, "posts", "images"));
    writeFileSync(path.join(site, "posts", "images", "mark.png"), mark);
    const first = await load();
    expect(first.problems).toEqual([]);
    const post = first.posts[0]!;
    expect((await load()).posts[0]).toBe(post);

    writeFileSync(path.join(site, "posts", "images", "mark.png"), Buffer.concat([mark, Buffer.from([0])]));
    utimesSync(path.join(site, "posts", "images", "mark.png"), new Date(), new Date(Date.now() + 5000));
    const changed = (await load()).posts[0]!;
    expect(changed).not.toBe(post);
    expect(changed.assets.map((asset) => asset.to)).not.toEqual(post.assets.map((asset) => asset.to));
  });
});
