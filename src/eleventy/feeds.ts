import type UserConfig from "@11ty/eleventy/UserConfig";
import { atomFeed } from "../feeds/atom.ts";
import { jsonFeed } from "../feeds/json-feed.ts";
import { rssFeed } from "../feeds/rss.ts";
import type { ListFeed, SitemapPart } from "../model/feed.ts";
import { outputFile, ROUTES } from "../model/routes.ts";
import type { Site } from "../model/site.ts";
import { robotsTxt, sitemapIndexXml, sitemapXml } from "../sitemap/sitemap.ts";

interface Data {
  readonly broadsheet: Site;
}

/** The Atom, RSS and JSON feeds, each tag's, author's and series' Atom feed, the sitemap (split into parts past 50,000 URLs) and robots.txt, written from the Site. */
export function feeds(eleventyConfig: UserConfig): void {
  const file = (name: string, url: string, render: (site: Site) => string) =>
    eleventyConfig.addTemplate(`${name}.11ty.js`, { data: { permalink: outputFile(url) }, render: (data: Data) => render(data.broadsheet) });

  file("atom", ROUTES.atom, (site) => atomFeed(site.feed));
  file("rss", ROUTES.rss, (site) => rssFeed(site.feed));
  file("json-feed", ROUTES.json, (site) => jsonFeed(site.feed));
  eleventyConfig.addTemplate("list-feed.11ty.js", {
    data: { pagination: { data: "broadsheet.listFeeds", size: 1, alias: "listFeed" }, permalink: (data: { listFeed: ListFeed }) => outputFile(data.listFeed.url) },
    render: (data: { listFeed: ListFeed }) => atomFeed(data.listFeed.feed),
  });
  file("sitemap", ROUTES.sitemap, ({ sitemap, settings }) => (sitemap.parts.length ? sitemapIndexXml(sitemap.parts, settings.url) : sitemapXml(sitemap.entries)));
  eleventyConfig.addTemplate("sitemap-part.11ty.js", {
    data: { pagination: { data: "broadsheet.sitemap.parts", size: 1, alias: "part" }, permalink: (data: { part: SitemapPart }) => outputFile(data.part.url) },
    render: (data: { part: SitemapPart }) => sitemapXml(data.part.entries),
  });
  file("robots", ROUTES.robots, (site) => robotsTxt(site.settings.url));
}
