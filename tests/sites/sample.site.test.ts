import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { FIXTURES, page } from "../helpers/site.ts";

/** The four body paragraphs of the seed post as the old site showed them, chrome and "Comments" left out. */
function seedParagraphs(): string[] {
  const lines = readFileSync(path.join(FIXTURES, "seed", "old-site-page.txt"), "utf8").split("\n");
  const body = lines.slice(lines.indexOf("Deteriorating Security Situation in Iraq") + 1, lines.indexOf("Comments"));
  return body.join("\n").split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);
}

/** markdown-it's typographer curls quotes and apostrophes; compare text with straight ones. */
const straighten = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();

describe("the sample site", () => {
  const site = inject("sites").sample;
  it("was built without a warning", () => expect(site.stderr).toBe(""));

  it("renders the seed post with its title, author, date and all four paragraphs", () => {
    const $ = page(site.outDir, "posts/deteriorating-security-situation-in-iraq/index.html");
    expect($("h1").length).toBe(1);
    expect($("article h1").text()).toBe("Deteriorating Security Situation in Iraq");
    expect($("article .byline .author").text()).toBe("Nicholas Doumouras, Jr.");
    expect($("article time").attr("datetime")).toBe("2020-07-13");
    expect($("article time").text()).toBe("July 13, 2020");

    const expected = seedParagraphs();
    expect(expected).toHaveLength(4);
    const rendered = $("article .post-body > p").map((_, p) => straighten($(p).text())).get();
    expect(rendered).toEqual(expected.map(straighten));
  });

  it("leaves out the old site's chrome", () => {
    const text = page(site.outDir, "posts/deteriorating-security-situation-in-iraq/index.html")("body").text();
    expect(text).not.toMatch(/top of page|bottom of page/i);
  });

  it("ends the seed post with the comments section, carrying the post's id and canonical URL", () => {
    const $ = page(site.outDir, "posts/deteriorating-security-situation-in-iraq/index.html");
    const section = $("section#comments");
    expect(section.length).toBe(1);
    expect(section.find("h2").text()).toBe("Comments");
    expect(section.attr("data-post-id")).toBe("deteriorating-security-situation-in-iraq");
    expect(section.attr("data-post-url")).toBe("https://example.com/posts/deteriorating-security-situation-in-iraq/");
    expect(section.find("p").text().length).toBeGreaterThan(10);
    expect($("main > *").last().is(section)).toBe(true);
  });

  it("lists every post on the home page, newest first, with title link, author, date and excerpt", () => {
    const $ = page(site.outDir, "index.html");
    expect($("h1").text()).toBe("The Security Brief");
    const items = $(".post-list > li").map((_, li) => ({
      title: $(li).find("h2 a").text(),
      href: $(li).find("h2 a").attr("href"),
      day: $(li).find("time").attr("datetime"),
      author: $(li).find(".author").text(),
      excerpt: $(li).find(".excerpt").text(),
    })).get();
    expect(items.map((item) => item.day)).toEqual(["2020-09-14", "2020-08-02", "2020-07-13"]);
    const seed = items.find((item) => item.title === "Deteriorating Security Situation in Iraq");
    expect(seed).toMatchObject({ href: "posts/deteriorating-security-situation-in-iraq/index.html", author: "Nicholas Doumouras, Jr." });
    expect(seed?.excerpt.startsWith("On July 8, 2020, the commander of US Central Command")).toBe(true);
    const withDescription = items.find((item) => item.title === "How to Read a Militia Statement");
    expect(withDescription?.excerpt).toBe("A short method for separating threat, theatre and signal in the communiqués of armed groups.");
  });

  it("gives every page the document basics: doctype, lang, charset, viewport, title and skip link", () => {
    for (const file of ["index.html", "about/index.html"]) {
      const html = readFileSync(path.join(site.outDir, file), "utf8");
      expect(html.startsWith("<!doctype html>")).toBe(true);
      const $ = page(site.outDir, file);
      expect($("html").attr("lang")).toBe("en");
      expect($("meta[charset]").attr("charset")).toBe("utf-8");
      expect($('meta[name="viewport"]').attr("content")).toContain("width=device-width");
      expect($("title").text().length).toBeGreaterThan(0);
      const skip = $("a.skip-link");
      expect(skip.attr("href")).toBe("#main");
      expect($("main#main").length).toBe(1);
      expect($("header.site-header a.site-title").text()).toBe("The Security Brief");
      expect($("footer").length).toBe(1);
    }
  });

  it("has no JavaScript and loads nothing from other hosts", () => {
    for (const file of ["index.html", "posts/deteriorating-security-situation-in-iraq/index.html"]) {
      const $ = page(site.outDir, file);
      // Structured data (JSON-LD) is the only script element, and it is data, never run.
      expect($('script:not([type="application/ld+json"])').length).toBe(0);
      expect($("script[src]").length).toBe(0);
      const refs = $("link[href], img[src], script[src]").map((_, el) => $(el).attr("href") ?? $(el).attr("src")).get();
      const external = refs.filter((ref) => /^(https?:)?\/\//.test(ref) && !$(`link[rel="canonical"][href="${ref}"]`).length);
      expect(external).toEqual([]);
    }
  });

  it("omits the comments section of a page, which has none unless it asks", () => {
    expect(page(site.outDir, "about/index.html")("#comments").length).toBe(0);
  });

  it("publishes About as a page: in the header, never in a list of posts, a feed or the archive, and its old address sends readers on", () => {
    const about = page(site.outDir, "about/index.html");
    expect(about("h1").text()).toBe("About This Blog");
    expect(about(".byline, time, .post-neighbours").length).toBe(0);
    expect(about('.site-nav a[aria-current="page"]').text()).toBe("About This Blog");
    const home = page(site.outDir, "index.html");
    expect(home(".site-nav a").map((_, a) => home(a).text()).get()).toEqual(["Archive", "Tags", "Search", "About This Blog"]);
    for (const file of ["index.html", "archive/index.html", "tags/iraq/index.html"]) expect(page(site.outDir, file)("main").text(), file).not.toContain("About This Blog");
    for (const file of ["feed.xml", "rss.xml", "feed.json"]) expect(readFileSync(path.join(site.outDir, file), "utf8"), file).not.toContain("About This Blog");
    expect(readFileSync(path.join(site.outDir, "sitemap.xml"), "utf8")).toContain("<loc>https://example.com/about/</loc>");
    expect(page(site.outDir, "posts/about/index.html")('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=../../about/index.html");
  });
});
