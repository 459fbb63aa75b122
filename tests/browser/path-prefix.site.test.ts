import { load } from "cheerio";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveDirectory, type StaticServer } from "../helpers/browser.ts";
import { copyFixture, readOutput, writeSiteConfig } from "../helpers/site.ts";
import { buildSite, type BuiltSite } from "../helpers/build.ts";

const CANONICAL = "https://news.example.org/blog/";

interface Crawl {
  /** Every page and file reached, by served URL. */
  readonly visited: ReadonlySet<string>;
  /** `from → to: why` for each link that does not resolve. */
  readonly broken: readonly string[];
}

/**
 * Follows every link, stylesheet, script and image from `start` within the
 * served site, checking fragments against the ids of the target page.
 * Absolute links to the canonical site are checked at their served address.
 */
async function crawl(served: string, start: string): Promise<Crawl> {
  const visited = new Set<string>();
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const queue: { url: string; from: string }[] = [{ url: start, from: "(start)" }];
  const fragments: { url: string; fragment: string; from: string }[] = [];
  while (queue.length) {
    const { url, from } = queue.shift()!;
    if (visited.has(url)) continue;
    visited.add(url);
    const response = await fetch(url);
    if (response.status !== 200) {
      broken.push(`${from} → ${url}: HTTP ${response.status}`);
      continue;
    }
    if (!(response.headers.get("content-type") ?? "").includes("text/html")) continue;
    const $ = load(await response.text());
    ids.set(url, new Set($("[id]").map((_, el) => $(el).attr("id")!).get()));
    $("a[href], link[href], script[src], img[src]").each((_, el) => {
      const ref = $(el).attr("href") ?? $(el).attr("src")!;
      let target = new URL(ref, url);
      if (target.href.startsWith(CANONICAL)) target = new URL(target.href.slice(CANONICAL.length), served);
      if (target.origin !== new URL(served).origin) return;
      if (!target.pathname.startsWith(new URL(served).pathname)) {
        broken.push(`${url} → ${ref}: outside the sub-path`);
        return;
      }
      if (target.hash) fragments.push({ url: target.href.replace(/#.*$/, ""), fragment: decodeURIComponent(target.hash.slice(1)), from: url });
      target.hash = "";
      queue.push({ url: target.href, from: url });
    });
  }
  for (const { url, fragment, from } of fragments) {
    if (!ids.get(url)?.has(fragment)) broken.push(`${from} → ${url}#${fragment}: no such id`);
  }
  return { visited, broken };
}

describe("a site published under a sub-path", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: BrowserContext;
  beforeAll(async () => {
    // Chromium (its own process) starts while the site builds in this one.
    const launching = launchBrowser();
    try {
      const root = copyFixture("discovery");
      writeSiteConfig(root, { title: "Discovery Fixture", url: CANONICAL, defaultAuthor: "Amira Haddad", pageSize: 2, feedSize: 4 });
      site = await buildSite(root, { now: "2022-01-01" });
      expect(site.stderr).toBe("");
      expect(site.code).toBe(0);
      server = await serveDirectory(site.outDir, "/blog/");
    } finally {
      browser = await launching;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("has no broken link, asset or fragment anywhere reachable from the home page", async () => {
    const { visited, broken } = await crawl(server.url, server.url);
    expect(broken).toEqual([]);
    for (const path of ["archive/", "tags/", "authors/", "authors/amira-haddad/", "tags/middle-east/page/2/", "authors/nicholas-doumouras-jr/page/2/", "page/3/", "search/", "posts/year-end/", "feed.xml", "rss.xml", "feed.json", "assets/style.css"]) {
      expect([...visited].some((url) => url.startsWith(`${server.url}${path}`)), path).toBe(true);
    }
  });

  it("gives the sitemap, robots.txt and the feeds absolute URLs under the sub-path, each of which is served", async () => {
    const sitemap = load(readOutput(site.outDir, "sitemap.xml"), { xml: true });
    const locs = sitemap("loc").map((_, loc) => sitemap(loc).text()).get();
    expect(locs.length).toBeGreaterThan(10);
    const feedLinks = [
      ...load(readOutput(site.outDir, "feed.xml"), { xml: true })("link").map((_, link) => link.attribs.href!).get(),
      ...(JSON.parse(readOutput(site.outDir, "feed.json")) as { items: { url: string }[] }).items.map((item) => item.url),
      ...load(readOutput(site.outDir, "rss.xml"), { xml: true })("item > link").map((_, link) => load(link, { xml: true }).text()).get(),
    ];
    for (const url of [...locs, ...feedLinks]) {
      expect(url.startsWith(CANONICAL), url).toBe(true);
      const response = await fetch(new URL(url.slice(CANONICAL.length), server.url));
      expect(response.status, url).toBe(200);
    }
    expect(readOutput(site.outDir, "robots.txt")).toContain(`Sitemap: ${CANONICAL}sitemap.xml`);
    expect(readOutput(site.outDir, "feed.xml")).toContain(`href=&quot;${CANONICAL}posts/baghdad-notes/&quot;`);
  });

  it("serves a working 404 page at any missing path, styled, with links that lead back into the site", async () => {
    const tab = await browser.newPage();
    const notFound = readOutput(site.outDir, "404.html");
    const missing = `${server.url}no/such/page/`;
    // What a web server does for a missing page: the 404 page's bytes at the missing URL.
    await tab.route(missing, (route) => route.fulfill({ status: 404, contentType: "text/html", body: notFound }));
    await tab.goto(missing);
    expect(await tab.getByRole("heading", { level: 1 }).innerText()).toBe("Page not found");
    expect(await tab.evaluate(() => getComputedStyle(document.querySelector("main")!).maxWidth)).not.toBe("none");
    await tab.getByRole("main").getByRole("link", { name: "the archive" }).click();
    await expect.poll(() => new URL(tab.url()).pathname).toBe("/blog/archive/");
    expect(await tab.getByRole("heading", { level: 1 }).innerText()).toBe("Archive");
    await tab.close();
  });

  it("finds posts with search and opens them under the sub-path", async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url);
    await tab.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Search" }).click();
    await tab.getByRole("textbox", { name: "Search the posts" }).fill("press");
    const first = tab.locator(".pagefind-ui__result-link").first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toBe("Baghdad Notes");
    expect(await first.getAttribute("href")).toBe("/blog/posts/baghdad-notes/");
    await first.click();
    await expect.poll(() => new URL(tab.url()).pathname).toBe("/blog/posts/baghdad-notes/");
    expect(await tab.getByRole("heading", { level: 1 }).innerText()).toBe("Baghdad Notes");
    await tab.close();
  });
});
