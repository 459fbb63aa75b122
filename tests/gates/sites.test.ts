import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadSiteData, type SiteData } from "../../src/build/site-data.ts";
import { absoluteUrl } from "../../src/urls.ts";
import { discoverFeeds, feedProblems, readFeed, type ExpectedEntry } from "./lib/feeds.ts";
import { describeHtmlProblem, validateHtml } from "./lib/html-validator.ts";
import { checkLinks, describeBrokenLink, describeReference } from "./lib/links.ts";
import { FEEDS } from "./page-types.ts";
import { GATE_NOW, SITE_NAMES } from "./sites.ts";

const sites = inject("gateSites");

describe.each(SITE_NAMES)("the %s site", (name) => {
  const { root, outDir } = sites[name];
  let site: SiteData;
  beforeAll(async () => {
    site = await loadSiteData({ root, mode: "production", now: Date.parse(GATE_NOW) });
  });

  it("is valid HTML: the Nu Html Checker finds no errors in any page", async () => {
    expect((await validateHtml(outDir)).map(describeHtmlProblem)).toEqual([]);
  });

  it("has no broken internal link, asset or #fragment, and loads no asset from another host", async () => {
    const report = await checkLinks({ dir: outDir, siteUrl: site.config.url });
    expect(report.checked, "internal references checked").toBeGreaterThan(0);
    expect.soft(report.broken.map(describeBrokenLink), "broken internal links").toEqual([]);
    expect.soft(report.remoteAssets.map(describeReference), "assets loaded from another host").toEqual([]);
    if (report.externalLinks.length) {
      console.info(`${name}: ${report.externalLinks.length} links to other sites, not fetched:\n  ${report.externalLinks.map(describeReference).join("\n  ")}`);
    }
  });

  it("publishes exactly the feeds listed in page-types.ts, each read cleanly by a feed reader with one entry per post", async () => {
    const listed = FEEDS.filter((feed) => feed.sites.includes(name));
    expect(await discoverFeeds(outDir, site.config.url), "feeds found in the built site").toEqual(listed.map((feed) => feed.path).sort());
    for (const feed of listed) {
      // A feed carries the newest posts, as many as the site's feedSize setting says.
      const expected: ExpectedEntry[] = site.posts.slice(0, site.config.feedSize).map((post) => ({
        title: post.title,
        link: absoluteUrl(site.config.url, post.url),
        // The names the site shows for the post's authors (one spelling per author, the authors file's if it has one).
        authors: site.collections.authorsOf.get(post.id)?.map((author) => author.name) ?? [],
        published: post.date.epoch,
      }));
      const parsed = await readFeed(path.join(outDir, feed.path), feed.format);
      expect(feedProblems(parsed, feed.format, expected), feed.path).toEqual([]);
    }
  });
});
