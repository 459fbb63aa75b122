import { readdirSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseXmlStrictly } from "../helpers/python.ts";
import { readOutput } from "../helpers/site.ts";
import { sitemapIndexXml, sitemapOf, URLS_PER_SITEMAP } from "../../src/sitemap/sitemap.ts";

const SITE = "https://news.example.org/";

/** The URL each built HTML page is served at, from the files on disk. */
function servedPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !file.startsWith("pagefind/"))
    .map((file) => `${SITE}${file.replace(/(^|\/)index\.html$/, "$1")}`)
    .sort();
}

describe("the sitemap and robots.txt", () => {
  const site = inject("sites").discovery;
  let entries: { loc: string; lastmod: string }[];
  beforeAll(async () => {
    const $ = load(readOutput(site.outDir, "sitemap.xml"), { xml: true });
    entries = $("url").map((_, url) => ({ loc: $(url).find("loc").text(), lastmod: $(url).find("lastmod").text() })).get();
  });

  it("is well-formed XML in the sitemap namespace", async () => {
    const xml = readOutput(site.outDir, "sitemap.xml");
    expect(await parseXmlStrictly(xml)).toMatchObject({ ok: true, root: "urlset" });
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });

  it("lists every built page but the 404 page, each once, and nothing else", () => {
    const locs = entries.map((entry) => entry.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual(servedPages(site.outDir).filter((url) => url !== `${SITE}404.html`));
    expect(locs).not.toContain(`${SITE}404.html`);
    expect(locs.some((loc) => /draft|scheduled|secret|future/.test(loc))).toBe(false);
  });

  it("dates each page by the newest change among the posts it shows, never by the build", () => {
    const lastmod = (url: string) => entries.find((entry) => entry.loc === `${SITE}${url}`)?.lastmod;
    expect(lastmod("posts/year-end/")).toBe("2020-12-31T00:00:00Z");
    expect(lastmod("posts/maps-and-sources/")).toBe("2021-02-01T10:30:00Z");
    expect(lastmod("")).toBe("2021-01-05T00:00:00Z");
    expect(lastmod("page/2/")).toBe("2021-02-01T10:30:00Z");
    expect(lastmod("page/3/")).toBe("2020-12-31T00:00:00Z");
    expect(lastmod("archive/")).toBe("2021-02-01T10:30:00Z");
    expect(lastmod("tags/all/")).toBe("2021-01-04T00:00:00Z");
    expect(entries.every((entry) => entry.lastmod !== "")).toBe(true);
  });

  it("is named in robots.txt by its absolute URL", () => {
    expect(readOutput(site.outDir, "robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap.xml\n`);
  });
});

describe("a sitemap of more URLs than one file may list", () => {
  const day = (date: string) => ({ day: date, instant: `${date}T00:00:00Z`, epoch: Date.parse(`${date}T00:00:00Z`) });
  const entries = [
    { url: "https://example.org/blog/", lastmod: day("2021-01-05") },
    { url: "https://example.org/blog/posts/a/", lastmod: day("2021-01-09") },
    { url: "https://example.org/blog/posts/b/", lastmod: day("2020-03-01") },
    { url: "https://example.org/blog/posts/c/", lastmod: day("2020-02-01") },
    { url: "https://example.org/blog/search/" },
  ];

  it("keeps every URL in sitemap.xml up to the limit", () => {
    expect(URLS_PER_SITEMAP).toBe(50_000);
    expect(sitemapOf(entries, 5)).toEqual({ entries, parts: [] });
  });

  it("splits them into numbered files of at most the limit, in order, each URL once", () => {
    const { parts } = sitemapOf(entries, 2);
    expect(parts.map((part) => part.url)).toEqual(["/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"]);
    expect(parts.map((part) => part.entries.length)).toEqual([2, 2, 1]);
    expect(parts.flatMap((part) => part.entries)).toEqual(entries);
  });

  it("indexes the files in sitemap.xml by absolute URL, each dated by its newest page", async () => {
    const xml = sitemapIndexXml(sitemapOf(entries, 2).parts, "https://example.org/blog/");
    expect(await parseXmlStrictly(xml)).toMatchObject({ ok: true, root: "sitemapindex" });
    const $ = load(xml, { xml: true });
    const listed = $("sitemap").map((_, part) => ({ loc: $(part).find("loc").text(), lastmod: $(part).find("lastmod").text() })).get();
    expect(listed).toEqual([
      { loc: "https://example.org/blog/sitemap-1.xml", lastmod: "2021-01-09T00:00:00Z" },
      { loc: "https://example.org/blog/sitemap-2.xml", lastmod: "2020-03-01T00:00:00Z" },
      { loc: "https://example.org/blog/sitemap-3.xml", lastmod: "" },
    ]);
  });
});
