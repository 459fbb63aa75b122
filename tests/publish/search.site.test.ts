import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { StaticServer } from "../helpers/browser.ts";
import { openSite, type OpenSite } from "../helpers/open-site.ts";
import { indexedPages } from "../helpers/pagefind.ts";
import { validateSettings } from "../../src/content/settings.ts";
import { startSearchIndex } from "../../src/publish/search.ts";
import { DEFAULT_CONFIG, ENGINE_ROOT, tempDir } from "../helpers/site.ts";

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
    const search = await startSearchIndex(validateSettings(DEFAULT_CONFIG), { maxUnindexed: 2 });
    const page = (i: number) => `<!doctype html><html lang="en"><head><title>Page ${i}</title></head><body><article data-pagefind-body><h1>Page ${i}</h1><p>Word${i} here.</p></article></body></html>`;
    const handed = [0, 1, 2, 3, 4].map((i) => search.add(`posts/p${i}/index.html`, page(i)));
    const settled = handed.map(() => false);
    handed.forEach((promise, i) => void promise.then(() => (settled[i] = true)));
    // Only promise callbacks run here, no I/O: Pagefind's answers, from another process, cannot have come back yet.
    for (let tick = 0; tick < 5; tick++) await Promise.resolve();
    expect(settled).toEqual([true, false, false, false, false]);
    await Promise.all(handed);
    const outDir = tempDir();
    expect(await search.finish(outDir)).toEqual({ pages: 5 });
    expect(indexedPages(outDir).map((indexed) => indexed.url).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `/posts/p${i}/`));
  });
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
