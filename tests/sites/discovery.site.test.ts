import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { makeSite, page, post } from "../helpers/site.ts";
import { buildSite } from "../helpers/build.ts";

/** The fixture's published posts, newest first, as its Markdown files say (the draft and the 2099 post are left out). */
const PUBLISHED = ["regional-outlook", "collections-of-statements", "baghdad-notes", "maps-and-sources", "year-end"];
const UNPUBLISHED = { slugs: ["draft-post", "scheduled-post"], words: ["Quillfeather", "Marrowgate", "Draft Only Author", "secret draft tag", "future tag"] };

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html") && !entry.parentPath.includes(`${path.sep}pagefind`))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const listed = (outDir: string, file: string) => {
  const $ = page(outDir, file);
  return $(".post-list > li h2 a").map((_, a) => $(a).attr("href")!.replace(/^(\.\.\/)*posts\//, "").replace(/\/index\.html$/, "")).get();
};

describe("discovery pages of a built site", () => {
  const site = inject("sites").discovery;
  it("was built without a warning", () => expect(site.stderr).toBe(""));

  it("writes exactly the pages the posts call for, and no page of a draft, scheduled post or their tags and authors", () => {
    expect(htmlFiles(site.outDir)).toEqual(
      [
        "404.html",
        "archive/index.html",
        "authors/amira-haddad/index.html",
        "authors/index.html",
        "authors/nicholas-doumouras-jr/index.html",
        "authors/nicholas-doumouras-jr/page/2/index.html",
        "index.html",
        "page/2/index.html",
        "page/3/index.html",
        ...PUBLISHED.map((slug) => `posts/${slug}/index.html`),
        "search/index.html",
        "series/index.html",
        "series/reading-iraq/index.html",
        "tags/all/index.html",
        "tags/index.html",
        "tags/iraq/index.html",
        "tags/iraq/page/2/index.html",
        "tags/middle-east/index.html",
        "tags/middle-east/page/2/index.html",
        "tags/posts/index.html",
      ].sort(),
    );
  });

  it("never names a draft or scheduled post anywhere in the output, search index aside", () => {
    for (const file of readdirSync(site.outDir, { recursive: true, withFileTypes: true })) {
      if (!file.isFile() || file.parentPath.includes(`${path.sep}pagefind`)) continue;
      const text = readFileSync(path.join(file.parentPath, file.name), "utf8");
      for (const word of [...UNPUBLISHED.slugs, ...UNPUBLISHED.words]) expect(text.includes(word), `${file.name} mentions ${word}`).toBe(false);
    }
  });

  it("paginates the home page, page 1 at / and the rest under /page/N/, with an accessible nav and rel links", () => {
    // Year End is pinned: first on page 1, and still in its place on page 3.
    expect(listed(site.outDir, "index.html")).toEqual(["year-end", ...PUBLISHED.slice(0, 2)]);
    expect(listed(site.outDir, "page/2/index.html")).toEqual(PUBLISHED.slice(2, 4));
    expect(listed(site.outDir, "page/3/index.html")).toEqual(PUBLISHED.slice(4));

    const $ = page(site.outDir, "page/2/index.html");
    const nav = $('nav[aria-label="Pagination"]');
    expect(nav.length).toBe(1);
    expect(nav.find('[aria-current="page"]').text()).toBe("2");
    expect(nav.find('[aria-current="page"]').attr("href")).toBe("index.html");
    expect(nav.find('a[rel="prev"]').attr("href")).toBe("../../index.html");
    expect(nav.find('a[rel="next"]').attr("href")).toBe("../3/index.html");
    expect($('head link[rel="prev"]').attr("href")).toBe("../../index.html");
    expect($('head link[rel="next"]').attr("href")).toBe("../3/index.html");
    expect($("title").text()).toBe("Page 2 · Discovery Fixture");

    const first = page(site.outDir, "index.html");
    expect(first('head link[rel="prev"]').length).toBe(0);
    expect(first('head link[rel="next"]').attr("href")).toBe("page/2/index.html");
    expect(first('nav[aria-label="Pagination"] [aria-current="page"]').text()).toBe("1");
    const last = page(site.outDir, "page/3/index.html");
    expect(last('head link[rel="next"]').length).toBe(0);
    expect(last('nav[aria-label="Pagination"] a[rel="next"]').length).toBe(0);
  });

  it("lists every post in the archive, grouped by year, newest first", () => {
    const $ = page(site.outDir, "archive/index.html");
    const years = $(".archive-year").map((_, section) => ({
      year: $(section).find("h2").text(),
      posts: $(section).find("li a").map((__, a) => $(a).attr("href")).get(),
    })).get();
    expect(years).toEqual([
      { year: "2021", posts: PUBLISHED.slice(0, 4).map((slug) => `../posts/${slug}/index.html`) },
      { year: "2020", posts: ["../posts/year-end/index.html"] },
    ]);
  });

  it("makes one tag of every spelling, names it by the most used one and counts only published posts", () => {
    const $ = page(site.outDir, "tags/index.html");
    const tags = $(".tag-index li").map((_, li) => ({ name: $(li).find("a").text(), href: $(li).find("a").attr("href"), count: $(li).find(".count").text() })).get();
    expect(tags).toEqual([
      { name: "all", href: "all/index.html", count: "(1 post)" },
      // "Iraq" twice, "iraq" once among published posts (the draft's "iraq" does not count).
      { name: "Iraq", href: "iraq/index.html", count: "(3 posts)" },
      // "Middle East", "middle-east" and "middle east" once each: the tie goes to the first in code-point order.
      { name: "Middle East", href: "middle-east/index.html", count: "(3 posts)" },
      { name: "posts", href: "posts/index.html", count: "(1 post)" },
    ]);
  });

  it("lists a tag's posts on pages of its own, tags named posts and all included", () => {
    expect(listed(site.outDir, "tags/middle-east/index.html")).toEqual(["regional-outlook", "collections-of-statements"]);
    expect(listed(site.outDir, "tags/middle-east/page/2/index.html")).toEqual(["baghdad-notes"]);
    expect(listed(site.outDir, "tags/iraq/index.html")).toEqual(["baghdad-notes", "maps-and-sources"]);
    expect(listed(site.outDir, "tags/iraq/page/2/index.html")).toEqual(["year-end"]);
    expect(listed(site.outDir, "tags/posts/index.html")).toEqual(["regional-outlook"]);
    expect(listed(site.outDir, "tags/all/index.html")).toEqual(["collections-of-statements"]);
    const $ = page(site.outDir, "tags/middle-east/page/2/index.html");
    expect($("h1").text()).toBe("Tagged “Middle East”, page 2 of 2");
    expect($('nav[aria-label="Pagination"] a[rel="prev"]').attr("href")).toBe("../../index.html");
    expect($(".up-link a").attr("href")).toBe("../../../index.html");
    expect($(".up-link a").text()).toBe("All tags");
  });

  it("gives each author a page with their posts, bio and links from the authors file", () => {
    const amira = page(site.outDir, "authors/amira-haddad/index.html");
    expect(amira("h1").text()).toBe("Amira Haddad");
    expect(amira(".author-bio").text()).toBe("Amira writes about method and sources.");
    expect(amira(".author-links a").attr("href")).toBe("https://amira.example.org/");
    expect(amira(".author-links a").text()).toBe("Amira's website");
    expect(listed(site.outDir, "authors/amira-haddad/index.html")).toEqual(["regional-outlook", "collections-of-statements"]);
    expect(listed(site.outDir, "authors/nicholas-doumouras-jr/index.html")).toEqual(["baghdad-notes", "maps-and-sources"]);
    expect(listed(site.outDir, "authors/nicholas-doumouras-jr/page/2/index.html")).toEqual(["year-end"]);
    expect(page(site.outDir, "authors/nicholas-doumouras-jr/index.html")(".author-profile").length).toBe(0);

    expect(amira(".up-link a").attr("href")).toBe("../index.html");
    const $ = page(site.outDir, "authors/index.html");
    expect($(".tag-index li").map((_, li) => $(li).text()).get()).toEqual(["Amira Haddad (2 posts)", "Nicholas Doumouras, Jr. (3 posts)"]);
  });

  it("links a post's author, in any spelling, and its tags from the post page", () => {
    const $ = page(site.outDir, "posts/collections-of-statements/index.html");
    expect($('article .byline a[rel="author"]').attr("href")).toBe("../../authors/amira-haddad/index.html");
    expect($('article .byline a[rel="author"]').text()).toBe("Amira Haddad");
    expect($('article a[rel="tag"]').map((_, a) => [[$(a).text(), $(a).attr("href")]]).get()).toEqual([
      ["Middle East", "../../tags/middle-east/index.html"],
      ["all", "../../tags/all/index.html"],
    ]);
  });

  it("links each post to its published neighbours, never to a draft between them", () => {
    const neighbours = (slug: string) => {
      const $ = page(site.outDir, `posts/${slug}/index.html`);
      return { previous: $('.post-neighbours a[rel="prev"]').attr("href"), next: $('.post-neighbours a[rel="next"]').attr("href") };
    };
    expect(neighbours("baghdad-notes")).toEqual({ previous: "../maps-and-sources/index.html", next: "../collections-of-statements/index.html" });
    expect(neighbours("regional-outlook")).toEqual({ previous: "../collections-of-statements/index.html", next: undefined });
    expect(neighbours("year-end")).toEqual({ previous: undefined, next: "../maps-and-sources/index.html" });
  });

  it("shows up to three related posts by shared tags, newest first among equals", () => {
    const related = (slug: string) => {
      const $ = page(site.outDir, `posts/${slug}/index.html`);
      return $(".related li a").map((_, a) => $(a).attr("href")).get();
    };
    // Baghdad Notes shares "Middle East" with two posts and "Iraq" with two; one tag each, so the newest three.
    expect(related("baghdad-notes")).toEqual(["../regional-outlook/index.html", "../collections-of-statements/index.html", "../maps-and-sources/index.html"]);
    // Maps and Sources shares "Iraq" with Baghdad Notes and Year End only (the draft and the 2099 post are not shown).
    expect(related("maps-and-sources")).toEqual(["../baghdad-notes/index.html", "../year-end/index.html"]);
  });

  it("offers the three feeds to browsers and feed readers from every page, and a tag's, author's or series' own from its pages", () => {
    for (const file of htmlFiles(site.outDir).filter((name) => name !== "404.html")) {
      const $ = page(site.outDir, file);
      const up = "../".repeat(file.split("/").length - 1);
      const list = /^(?:tags|authors|series)\/[^/]+\/(.*)index\.html$/.exec(file);
      expect($('link[rel="alternate"]').map((_, link) => [[$(link).attr("type"), $(link).attr("href")]]).get(), file).toEqual([
        ["application/atom+xml", `${up}feed.xml`],
        ["application/rss+xml", `${up}rss.xml`],
        ["application/feed+json", `${up}feed.json`],
        ...(list ? [["application/atom+xml", `${"../".repeat(list[1]!.split("/").filter(Boolean).length)}feed.xml`]] : []),
      ]);
      expect($(".site-nav a").map((_, a) => $(a).text()).get(), file).toEqual(["Archive", "Tags", "Search"]);
    }
  });

  it("has a 404 page with links from the server's root to home, archive and search, kept out of search engines", () => {
    const $ = page(site.outDir, "404.html");
    expect($("h1").text()).toBe("Page not found");
    expect($('meta[name="robots"]').attr("content")).toBe("noindex");
    expect($("main a").map((_, a) => $(a).attr("href")).get()).toEqual(["/", "/archive/", "/search/"]);
    expect($('link[rel="stylesheet"]').attr("href")).toBe("/assets/style.css");
    expect($('link[rel="alternate"][type="application/atom+xml"]').attr("href")).toBe("/feed.xml");
    const relative = $("[href], [src]").map((_, el) => $(el).attr("href") ?? $(el).attr("src")).get().filter((ref) => !ref.startsWith("/") && !ref.startsWith("#") && !/^https?:/.test(ref));
    expect(relative).toEqual([]);
  });

  it("has a search page whose only scripts are local, and says what to do without JavaScript", () => {
    const $ = page(site.outDir, "search/index.html");
    expect($("script").map((_, s) => $(s).attr("src")).get()).toEqual(["../pagefind/pagefind-ui.js", "../assets/search.js"]);
    expect($("noscript").html()).toContain('href="../archive/index.html"');
    // Structured data (JSON-LD) is a script element but runs nothing.
    for (const file of htmlFiles(site.outDir).filter((name) => name !== "search/index.html")) expect(page(site.outDir, file)('script:not([type="application/ld+json"])').length, file).toBe(0);
  });
});

describe("a bad authors file", () => {
  it("stops the build with the file, line, column and field, and writes nothing", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "Amira Haddad", date: "2020-01-01" }) });
    writeFileSync(path.join(root, "authors.yaml"), "- name: Amira Haddad\n  links:\n    - title: Site\n      url: not a url\n");
    const site = await buildSite(root);
    expect(site.code).toBe(1);
    expect(site.stderr).toContain("authors.yaml:4:12: authors[1].links[1].url: expected an absolute http(s) or mailto: URL");
    expect(site.stderr).toContain("Nothing was written");
    expect(existsSync(site.outDir)).toBe(false);
  });
});
