import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { check } from "../../src/cli/check.ts";
import { FOLDERS, outputFile } from "../../src/model/routes.ts";
import { loadSite } from "../../src/site/load.ts";
import { buildSite, runCommand } from "../helpers/build.ts";
import { SITE_NAMES, SITES_NOW } from "../helpers/fixture-sites.ts";
import { makeSite, post, tempDir } from "../helpers/site.ts";

/** Every file in `dir`, relative, with forward slashes. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** Every address the build writes that a careless or hostile old address could land on. */
const TAKEN = [
  "/posts/about/index.html",
  "/posts/about",
  "/Posts/About/",
  "/archive",
  "/tags/",
  "/tags/iraq",
  "/authors/index.html",
  "/page/2/",
  "/feed.xml",
  "/feed.xml/",
  "/rss.xml",
  "/feed.json",
  "/sitemap.xml",
  "/robots.txt",
  "/404.html",
  "/search/",
  "/index.html",
  "/assets/style.css",
  "/assets/fonts/x.woff2",
  "/pagefind/pagefind-ui.js",
  "/images/x-400.webp",
  "/posts/trip/map.txt",
  "/posts/trip/map.txt/",
];

describe("every address has one owner", () => {
  it("refuses an old address on any file the build writes, the same lines from check and build, and keeps the old site", async () => {
    const root = makeSite(
      {
        "about.md": post({ title: "About", author: "A", date: "2020-01-01", tags: ["iraq"] }),
        "b.md": post({ title: "B", author: "A", date: "2020-01-02" }),
        "trip/index.md": post({ title: "Trip", author: "A", date: "2020-01-03" }),
        "trip/map.txt": "a map",
        "hostile.md": `---\ntitle: Hostile\nauthor: A\ndate: 2020-01-04\nredirect_from:\n${TAKEN.map((url) => `  - ${url}`).join("\n")}\n---\n\nText.\n`,
      },
      { pageSize: 1 },
    );
    const checked = await runCommand(check, ["--site", root]);
    expect(checked.code).toBe(1);
    const lines = checked.stderr.trim().split("\n");
    // "/posts/about" and "/Posts/About/" are the same file as "/posts/about/index.html": one address, named once.
    expect(lines.slice(0, -1)).toEqual([
      "posts/hostile.md:5:1: redirect_from: gives the URL /posts/about/index.html, which posts/about.md has already; expected each address to belong to one post (remove the old address from one of them)",
      "posts/hostile.md:5:1: redirect_from: gives the URL /archive/, which is the archive; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /tags/, which is the list of tags; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /tags/iraq/, which is the page of the tag “iraq”; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /authors/index.html, which is the list of authors; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /page/2/, which is page 2 of the home page; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /feed.xml, which is the Atom feed; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /feed.xml/, which is the Atom feed, whose file /feed.xml would have to be a folder; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /rss.xml, which is the RSS feed; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /feed.json, which is the JSON feed; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /sitemap.xml, which is the sitemap; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /robots.txt, which is robots.txt; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /404.html, which is the not-found page; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /search/, which is the search page; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /index.html, which is the home page; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /assets/style.css, which is the theme's stylesheet; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /assets/fonts/x.woff2, which is the theme's fonts (/assets/fonts/); expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /pagefind/pagefind-ui.js, which is the search index (/pagefind/); expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /images/x-400.webp, which is the processed images (/images/); expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /posts/trip/map.txt, which is the file posts/trip/map.txt of posts/trip/index.md; expected an old address that no page or file of this site uses",
      "posts/hostile.md:5:1: redirect_from: gives the URL /posts/trip/map.txt/, which is the file posts/trip/map.txt of posts/trip/index.md, whose file /posts/trip/map.txt would have to be a folder; expected an old address that no page or file of this site uses",
    ]);
    expect(lines.at(-1)).toBe("21 problems found.");
    expect(checked.stderr).not.toMatch(/DuplicatePermalink/);

    const outDir = path.join(tempDir(), "_site");
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, "index.html"), "the site as it was");
    const built = await buildSite(root, { outDir });
    expect(built.code).toBe(1);
    expect(built.stderr).toBe(`${checked.stderr}Nothing was written; the previous site is unchanged.\n`);
    expect(filesIn(outDir)).toEqual(["index.html"]);
    expect(readFileSync(path.join(outDir, "index.html"), "utf8")).toBe("the site as it was");
  });

  it("refuses old addresses of two posts that differ only in case, which one file holds on macOS and Windows", async () => {
    const root = makeSite({
      "a.md": post({ title: "A", author: "A", date: "2020-01-01", aliases: ["/Old-Post/"] }),
      "b.md": post({ title: "B", author: "A", date: "2020-01-02", aliases: ["/old-post/index.html"] }),
    });
    const checked = await runCommand(check, ["--site", root]);
    expect(checked.stderr).toBe(
      "posts/b.md:5:1: aliases: gives the URL /old-post/index.html, which posts/a.md, at /Old-Post/ (the same file where case is ignored, as on macOS and Windows) has already; expected each address to belong to one post (remove the old address from one of them)\n1 problem found.\n",
    );
  });

  it("names a folder post's file that would replace its own page, and does not call it skipped", async () => {
    const root = makeSite({
      "trip/index.md": post({ title: "Trip", author: "A", date: "2020-01-01" }),
      "trip/index.html": "<p>an old export</p>",
      "trip/notes.html": "<p>notes, published beside the post</p>",
    });
    const checked = await runCommand(check, ["--site", root]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toBe("");
    expect(checked.stderr).toBe(
      "posts/trip/index.md: publishes posts/trip/index.html at /posts/trip/index.html, which is the post's own page; expected no file there (rename or remove posts/trip/index.html)\n1 problem found.\n",
    );
  });
});

describe("the route table", () => {
  it.each(SITE_NAMES)("of the %s site owns every file its build wrote", async (name) => {
    const built = inject("sites")[name];
    const site = await loadSite(built.root, { mode: "production", now: Date.parse(SITES_NOW) });
    const images = new Set([...site.posts, ...site.pages].flatMap((document) => document.assets.map((asset) => outputFile(asset.to))));
    const engine = [FOLDERS.fonts, FOLDERS.pagefind].map((folder) => folder.slice(1));
    const unowned = filesIn(built.outDir).filter((file) => !site.routes.has(file) && !images.has(file) && !engine.some((folder) => file.startsWith(folder)));
    expect(unowned).toEqual([]);
    expect(existsSync(path.join(built.outDir, "index.html"))).toBe(true);
  });
});
