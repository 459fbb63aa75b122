import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { POST_STORE_FILE } from "../../src/content/post-store.ts";
import { partOf, SEARCH_CACHE_RECORD } from "../../src/publish/search.ts";
import { loadSite } from "../../src/site/load.ts";
import { buildValue } from "../helpers/build.ts";
import { indexedPages } from "../helpers/pagefind.ts";
import { DEFAULT_CONFIG, filesOf, makeSite, post, tempDir, writeSiteConfig } from "../helpers/site.ts";

const NOW = Date.parse("2026-01-01");

/** A production build of `root` into a new folder, with the build cache or without, its search index in parts of `pagesPerPart` pages. */
async function build(root: string, cache: boolean, pagesPerPart?: number) {
  const outDir = path.join(tempDir("broadsheet-out-"), "_site");
  const { site, search } = await buildValue({ root, outDir, now: NOW, workers: 0, cache, ...(pagesPerPart ? { searchPagesPerPart: pagesPerPart } : {}) });
  return { outDir, postsReadAgain: site.postsReadAgain, search };
}

/** The build with the cache writes exactly what a build from nothing writes, search index included. */
async function expectSameAsCold(root: string, warmOut: string, pagesPerPart?: number) {
  const cold = filesOf((await build(root, false, pagesPerPart)).outDir);
  const warm = filesOf(warmOut);
  expect([...warm.keys()].sort()).toEqual([...cold.keys()].sort());
  expect([...cold.keys()].some((file) => file.startsWith(`pagefind${path.sep}`))).toBe(true);
  for (const [file, bytes] of cold) expect(warm.get(file)?.equals(bytes), file).toBe(true);
}

const png = (r: number) => sharp({ create: { width: 24, height: 16, channels: 3, background: { r, g: 90, b: 160 } } }).png().toBuffer();

async function blog() {
  const root = makeSite(
    {
      "a.md": post({ title: "Alpha", author: "A", date: "2021-01-01", tags: ["one"] }, "## Start\n\nAlpha's words about a river.\n\n```js\nconst a = 1;\n```"),
      "b.md": post({ title: "Beta", author: "B", date: "2021-02-01" }, "Beta's words about a mountain."),
      "c/index.md": post({ title: "Gamma", author: "A", date: "2021-03-01" }, "![A blue square](square.png)\n\nGamma's words."),
    },
    { socialCards: false },
  );
  writeFileSync(path.join(root, "posts/c/square.png"), await png(20));
  mkdirSync(path.join(root, "pages"));
  writeFileSync(path.join(root, "pages/about.md"), "---\ntitle: About\n---\n\nAbout this blog and its rivers.\n");
  return root;
}

describe("the build cache", () => {
  it("takes every unchanged post and the search index from the last build, and writes the same bytes as a build from nothing", async () => {
    const root = await blog();
    const first = await build(root, true);
    expect(first.postsReadAgain).toBeGreaterThan(0);
    expect(existsSync(path.join(root, POST_STORE_FILE))).toBe(true);
    expect(existsSync(path.join(root, SEARCH_CACHE_RECORD))).toBe(true);
    const second = await build(root, true);
    expect(second.postsReadAgain).toBe(0);
    await expectSameAsCold(root, second.outDir);
  }, 120_000);

  it("reads again a changed post, an image that changed under a post and forgets a deleted post", async () => {
    const root = await blog();
    await build(root, true);
    writeFileSync(path.join(root, "posts/a.md"), post({ title: "Alpha, revised", author: "A", date: "2021-01-01", tags: ["two"] }, "Alpha's new words about a lake."));
    rmSync(path.join(root, "posts/b.md"));
    writeFileSync(path.join(root, "posts/c/square.png"), await png(200));
    const warm = await build(root, true);
    expect(warm.postsReadAgain).toBeGreaterThan(0);
    expect(filesOf(warm.outDir).has(path.join("posts", "b", "index.html"))).toBe(false);
    await expectSameAsCold(root, warm.outDir);
    // The deleted post's entry went with it: the next build finds every post as before.
    expect((await build(root, true)).postsReadAgain).toBe(0);
  }, 120_000);

  it("reads every post again after a settings change", async () => {
    const root = await blog();
    await build(root, true);
    writeSiteConfig(root, { ...DEFAULT_CONFIG, title: "Another Title", language: "fr", socialCards: false });
    const warm = await build(root, true);
    expect(warm.postsReadAgain).toBeGreaterThan(0);
    await expectSameAsCold(root, warm.outDir);
  }, 120_000);

  it("keeps a post whose image was only touched, as a fresh checkout touches every file, and reads it again when its bytes change", async () => {
    const root = await blog();
    const load = () => loadSite(root, { mode: "production", now: NOW, workers: 0, engine: "engine A" });
    await load();
    const image = path.join(root, "posts/c/square.png");
    utimesSync(image, new Date("2030-01-01"), new Date("2030-01-01"));
    expect((await load()).postsReadAgain).toBe(0);
    writeFileSync(image, await png(200));
    expect((await load()).postsReadAgain).toBeGreaterThan(0);
  });

  it("is not used by another version of the engine", async () => {
    const root = await blog();
    const load = (engine: string) => loadSite(root, { mode: "production", now: NOW, workers: 0, engine });
    expect((await load("engine A")).postsReadAgain).toBeGreaterThan(0);
    expect((await load("engine A")).postsReadAgain).toBe(0);
    expect((await load("engine B")).postsReadAgain).toBeGreaterThan(0);
  });

  it.each([
    ["cut short", (bytes: Buffer) => bytes.subarray(0, bytes.length - 100)],
    ["with one byte changed", (bytes: Buffer) => Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 1])])],
    ["of another engine", (bytes: Buffer) => Buffer.from(bytes.toString("latin1").replace(/^(broadsheet post store \d+\n)[0-9a-f]/, "$1x"), "latin1")],
    ["not ours at all", () => Buffer.from("PK\u0003\u0004 a zip file, say")],
  ])("ignores a damaged or foreign store (%s) and builds as from nothing", async (_, damage) => {
    const root = await blog();
    await build(root, true);
    const store = path.join(root, POST_STORE_FILE);
    writeFileSync(store, damage(readFileSync(store)));
    // The kept search index is damaged too: its record is not one.
    writeFileSync(path.join(root, SEARCH_CACHE_RECORD), "not a key");
    const warm = await build(root, true);
    expect(warm.postsReadAgain).toBeGreaterThan(0);
    await expectSameAsCold(root, warm.outDir);
    expect((await build(root, true)).postsReadAgain).toBe(0);
  }, 120_000);

  it("indexes again when the posts are as before but a page changed", async () => {
    const root = await blog();
    await build(root, true);
    writeFileSync(path.join(root, "pages/about.md"), "---\ntitle: About\n---\n\nAbout this blog and its mountains, now.\n");
    const warm = await build(root, true);
    expect(warm.postsReadAgain).toBe(0);
    await expectSameAsCold(root, warm.outDir);
  }, 120_000);

  it("indexes again only the parts of the search index that hold a page the change reached", async () => {
    const root = await blog();
    const before = filesOf((await build(root, false, 1)).outDir);
    const first = await build(root, true, 1);
    // Three posts and a page, one page per part at most: four parts, those without a page not written.
    const pages = ["posts/a/index.html", "posts/b/index.html", "posts/c/index.html", "about/index.html"];
    expect(first.search).toEqual({ pages: 4, parts: 4, indexed: new Set(pages.map((file) => partOf(file, 4))).size });
    writeFileSync(path.join(root, "posts/b.md"), post({ title: "Beta", author: "B", date: "2021-02-01" }, "Beta's other words about a mountain pass."));
    const warm = await build(root, true, 1);
    const after = filesOf((await build(root, false, 1)).outDir);
    // The post and page pages whose bytes the change reached, and the parts they are in.
    const reached = pages.filter((file) => !before.get(file)!.equals(after.get(file)!));
    expect(reached).toContain("posts/b/index.html");
    const parts = new Set(reached.map((file) => partOf(file, 4)));
    expect(warm.search).toEqual({ pages: 4, parts: 4, indexed: parts.size });
    expect(parts.size).toBeLessThan(4);
    expect(indexedPages(warm.outDir).find((indexed) => indexed.url === "/posts/b/")?.content).toContain("mountain pass");
    await expectSameAsCold(root, warm.outDir, 1);
    // Nothing changed: every part is the kept one.
    expect((await build(root, true, 1)).search).toEqual({ pages: 4, parts: 4, indexed: 0 });
  }, 120_000);

  it("is neither read nor written by a build without it (--no-cache)", async () => {
    const root = await blog();
    await build(root, false);
    expect(existsSync(path.join(root, ".cache", "build"))).toBe(false);
    await build(root, true);
    const stored = readFileSync(path.join(root, POST_STORE_FILE));
    writeFileSync(path.join(root, "posts/b.md"), post({ title: "Beta again", author: "B", date: "2021-02-01" }, "Changed."));
    expect((await build(root, false)).postsReadAgain).toBeGreaterThan(0);
    expect(readFileSync(path.join(root, POST_STORE_FILE)).equals(stored)).toBe(true);
  }, 120_000);
});
