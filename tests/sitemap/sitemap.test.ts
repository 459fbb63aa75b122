import { readdirSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { parseXmlStrictly } from "../helpers/python.ts";
import { buildSite, copyFixture, readOutput, type BuiltSite } from "../helpers/site.ts";

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
  let site: BuiltSite;
  let entries: { loc: string; lastmod: string }[];
  beforeAll(async () => {
    site = await buildSite(copyFixture("discovery"), { env: { BROADSHEET_NOW: "2022-01-01" } });
    expect(site.code).toBe(0);
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
