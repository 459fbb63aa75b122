import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, serveDirectory, type StaticServer } from "../helpers/browser.ts";
import { buildValue } from "../helpers/build.ts";
import { openSite, type OpenSite } from "../helpers/open-site.ts";
import { indexedPages, indexParts, pagesOfPart } from "../helpers/pagefind.ts";
import { validateSettings } from "../../src/content/settings.ts";
import { partCount, partOf, startSearchIndex } from "../../src/publish/search.ts";
import { DEFAULT_CONFIG, ENGINE_ROOT, filesOf, makeSite, post, tempDir } from "../helpers/site.ts";

describe("the search index", () => {
  const site = inject("sites").discovery;

  it("holds the published posts and nothing else: no list pages, no drafts, no scheduled posts", () => {
    const pages = indexedPages(site.outDir);
    expect(pages.map((page) => page.url).sort()).toEqual(
      ["baghdad-notes", "collections-of-statements", "maps-and-sources", "regional-outlook", "year-end"].map((slug) => `/posts/${slug}/`),
    );
    for (const page of pages) expect(page.content).not.toMatch(/Quillfeather|Marrowgate|quillfeather|marrowgate/);
    const outlook = pages.find((page) => page.url === "/posts/regional-outlook/");
    expect(outlook?.content).toContain("A look across the region at the start of the year.");
    // The comments section and the related and neighbour links lie outside the indexed article.
    expect(outlook?.content).not.toMatch(/Related posts|Previous post|Comments are not open/);
  });
});

describe("handing pages to Pagefind", () => {
  it("holds the writer back while too many pages wait to be indexed, and still indexes every page", async () => {
    const search = await startSearchIndex(validateSettings(DEFAULT_CONFIG), { pages: 5, maxUnindexed: 2 });
    const page = (i: number) => `<!doctype html><html lang="en"><head><title>Page ${i}</title></head><body><article data-pagefind-body><h1>Page ${i}</h1><p>Word${i} here.</p></article></body></html>`;
    const handed = [0, 1, 2, 3, 4].map((i) => search.add(`posts/p${i}/index.html`, page(i)));
    const settled = handed.map(() => false);
    handed.forEach((promise, i) => void promise.then(() => (settled[i] = true)));
    // Only promise callbacks run here, no I/O: Pagefind's answers, from another process, cannot have come back yet.
    for (let tick = 0; tick < 5; tick++) await Promise.resolve();
    expect(settled).toEqual([true, false, false, false, false]);
    await Promise.all(handed);
    const outDir = tempDir();
    expect(await search.finish(outDir)).toEqual({ pages: 5, parts: 1, indexed: 1 });
    expect(indexedPages(outDir).map((indexed) => indexed.url).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `/posts/p${i}/`));
  });
});

describe("an index in parts", () => {
  const settings = validateSettings(DEFAULT_CONFIG);
  const file = (i: number) => `posts/p${i}/index.html`;
  const html = (i: number, word: string) =>
    `<!doctype html><html lang="en"><head><title>Page ${i}</title></head><body><article data-pagefind-body><h1>Page ${i}</h1><p>${word} here.</p></article></body></html>`;

  /** Indexes six pages, two to a part, written into a new site folder first as a build would; the pages in `kept` are not rendered but kept. */
  async function index(words: readonly string[], options: { cache?: string; kept?: ReadonlySet<number> } = {}) {
    const siteDir = tempDir();
    words.forEach((word, i) => {
      mkdirSync(path.join(siteDir, "posts", `p${i}`), { recursive: true });
      writeFileSync(path.join(siteDir, file(i)), html(i, word));
    });
    const search = await startSearchIndex(settings, {
      pages: words.length,
      pagesPerPart: 2,
      ...(options.cache ? { cache: { dir: options.cache, version: "engine" }, likelyKept: true } : {}),
    });
    for (const [i, word] of words.entries()) {
      if (options.kept?.has(i)) search.keep(file(i));
      else await search.add(file(i), html(i, word));
    }
    return { siteDir, result: await search.finish(siteDir) };
  }

  it("has one part up to 500 pages, then twice as many each time the site doubles, at most 16", () => {
    expect([1, 500, 501, 1000, 1001, 4000, 8001, 50_000].map((pages) => partCount(pages))).toEqual([1, 1, 2, 2, 4, 8, 16, 16]);
  });

  it("indexes again only the part a changed page is in, kept pages read from the built site, and writes what indexing from nothing writes", async () => {
    const cache = tempDir();
    const words = ["Amber", "Basalt", "Cobalt", "Dolomite", "Emerald", "Feldspar"];
    const first = await index(words, { cache });
    expect(first.result).toEqual({ pages: 6, parts: 4, indexed: 4 });
    // Every page is in the part partOf names, and the parts are listed for the search page.
    for (const part of indexParts(first.siteDir)) {
      const number = part.endsWith("pagefind") ? 0 : Number(/part-(\d+)\/?$/.exec(part)![1]);
      for (const indexed of pagesOfPart(part)) expect(partOf(`${indexed.url.slice(1)}index.html`, 4)).toBe(number);
    }
    expect(indexedPages(first.siteDir)).toHaveLength(6);

    const changed = words.map((word, i) => (i === 3 ? "Dunite" : word));
    // The other pages were not rendered: what they hold is read from the site folder when their part is indexed again.
    const warm = await index(changed, { cache, kept: new Set([0, 1, 2, 4, 5]) });
    expect(warm.result).toEqual({ pages: 6, parts: 4, indexed: 1 });
    const cold = await index(changed);
    expect(cold.result).toEqual({ pages: 6, parts: 4, indexed: 4 });
    const warmFiles = filesOf(path.join(warm.siteDir, "pagefind"));
    const coldFiles = filesOf(path.join(cold.siteDir, "pagefind"));
    expect([...warmFiles.keys()].sort()).toEqual([...coldFiles.keys()].sort());
    for (const [name, bytes] of coldFiles) expect(warmFiles.get(name)?.equals(bytes), name).toBe(true);
    const contents = indexedPages(warm.siteDir).map((indexed) => indexed.content).join(" ");
    expect(contents).toContain("Dunite");
    expect(contents).not.toContain("Dolomite");
  }, 60_000);
});

describe("searching in a real browser", () => {
  const WORD = "Soleimani";
  let open: OpenSite;
  let site: OpenSite["site"];
  let server: StaticServer;
  let browser: BrowserContext;
  beforeAll(async () => {
    open = await openSite(inject("sites").sample);
    ({ site, server, browser } = open);
  });
  afterAll(async () => {
    await open?.close();
  });

  it("uses a word that only the seed post contains", () => {
    const posts = path.join(ENGINE_ROOT, "posts");
    const containing = readdirSync(posts).filter((file) => readFileSync(path.join(posts, file), "utf8").includes(WORD));
    expect(containing).toEqual(["2020-07-13-deteriorating-security-situation-in-iraq.md"]);
  });

  it("finds the seed post first for that word, reached from the header of the home page", async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url);
    await tab.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Search" }).click();
    await tab.getByRole("textbox", { name: "Search the posts" }).fill(WORD);
    const first = tab.locator(".pagefind-ui__result").first().locator(".pagefind-ui__result-link");
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toBe("Deteriorating Security Situation in Iraq");
    await first.click();
    await expect.poll(() => new URL(tab.url()).pathname).toBe("/posts/deteriorating-security-situation-in-iraq/");
    expect(await tab.getByRole("heading", { level: 1 }).innerText()).toBe("Deteriorating Security Situation in Iraq");
    await tab.close();
  });

  it("says how to find posts when JavaScript is off", async () => {
    const tab = await browser.newPage();
    const cdp = await browser.newCDPSession(tab);
    await cdp.send("Emulation.setScriptExecutionDisabled", { value: true });
    await tab.goto(`${server.url}search/`);
    const fallback = tab.locator(".search-fallback");
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.innerText()).toMatch(/needs JavaScript/);
    await fallback.getByRole("link", { name: "the archive" }).click();
    expect(await tab.getByRole("heading", { level: 1 }).innerText()).toBe("Archive");
    await tab.close();
  });

  it("says search needs a web server when the site is opened from disk", async () => {
    const tab = await browser.newPage();
    await tab.goto(`file://${site.outDir}/search/index.html`);
    await expect.poll(() => tab.locator(".search-unavailable").isVisible()).toBe(true);
    expect(await tab.locator(".search-unavailable").innerText()).toMatch(/served over HTTP/);
    await tab.close();
  });
});

describe("searching an index in parts in a real browser, under a sub-path", () => {
  const words = ["Amber", "Basalt", "Cobalt", "Dolomite"];
  const slugs = ["amber-notes", "basalt-notes", "cobalt-notes", "dolomite-notes"];
  let server: StaticServer;
  let browser: BrowserContext;
  let parts: readonly string[];
  beforeAll(async () => {
    const launching = launchBrowser();
    try {
      const root = makeSite(
        Object.fromEntries(words.map((word, i) => [`${slugs[i]}.md`, post({ title: `${word} Notes`, author: "Ines Moreau", date: `2021-0${i + 1}-01` }, `Field notes on ${word.toLowerCase()}, and on ${word}.`)])),
        { url: "https://news.example.org/blog/", socialCards: false },
      );
      const outDir = path.join(tempDir("broadsheet-out-"), "_site");
      const built = await buildValue({ root, outDir, now: Date.parse("2022-01-01"), workers: 0, searchPagesPerPart: 1 });
      expect(built.search?.parts).toBe(4);
      parts = indexParts(outDir);
      server = await serveDirectory(outDir, "/blog/");
    } finally {
      browser = await launching;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds a post of every part, and opens it under the sub-path", async () => {
    // The posts are spread over more than one part, so the search box must merge them.
    expect(parts.length).toBeGreaterThan(1);
    const tab = await browser.newPage();
    await tab.goto(`${server.url}search/`);
    for (const [i, word] of words.entries()) {
      const box = tab.getByRole("textbox", { name: "Search the posts" });
      await box.fill(word);
      const first = tab.locator(".pagefind-ui__result-link").first();
      await expect.poll(() => first.textContent(), { timeout: 10_000 }).toBe(`${word} Notes`);
      expect(await tab.locator(".pagefind-ui__result-link").count()).toBe(1);
      expect(await first.getAttribute("href")).toBe(`/blog/posts/${slugs[i]}/`);
    }
    await tab.locator(".pagefind-ui__result-link").first().click();
    await expect.poll(() => new URL(tab.url()).pathname).toBe(`/blog/posts/${slugs[3]}/`);
    await tab.close();
  });
});
