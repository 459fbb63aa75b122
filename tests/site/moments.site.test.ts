import { describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";
import { makeSite, page, post, readOutput } from "../helpers/site.ts";

// Issue 13, item 5: a date-time written with an offset is printed with that offset in every output, never converted to UTC.
describe("one spelling of each moment", () => {
  it("prints a post's date-time with its written offset in the page, the feeds and the sitemap", async () => {
    const root = makeSite({ "night.md": post({ title: "Night", author: "A", date: "2013-05-06 02:12:52 +0200" }) });
    const site = await buildSite(root);
    expect(site.code).toBe(0);
    const written = "2013-05-06T02:12:52+02:00";

    const $ = page(site.outDir, "posts/night/index.html");
    expect($('meta[property="article:published_time"]').attr("content")).toBe(written);
    // The byline shows the day written, which is that moment's own day.
    expect($("article time").first().attr("datetime")).toBe("2013-05-06");
    expect(JSON.parse($('script[type="application/ld+json"]').text()).datePublished).toBe(written);

    const atom = readOutput(site.outDir, "feed.xml");
    expect(atom).toContain(`<published>${written}</published>`);
    expect(atom).not.toContain("2013-05-06T00:12:52");
    expect(JSON.parse(readOutput(site.outDir, "feed.json")).items[0].date_published).toBe(written);
    // RFC 822 has its own spelling of the same moment: the written offset, as +0200.
    expect(readOutput(site.outDir, "rss.xml")).toContain("<pubDate>Mon, 06 May 2013 02:12:52 +0200</pubDate>");
    expect(readOutput(site.outDir, "sitemap.xml")).toContain(`<lastmod>${written}</lastmod>`);
  });
});
