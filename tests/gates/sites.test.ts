import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { absoluteUrl } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { loadSite } from "../../src/site/load.ts";
import { discoverFeeds, feedProblems, readFeeds, type ExpectedEntry } from "./lib/feeds.ts";
import { describeHtmlProblem, validateHtml, type HtmlProblem } from "./lib/html-validator.ts";
import { checkLinks, describeBrokenLink, describeReference } from "./lib/links.ts";
import { FEEDS } from "./page-types.ts";
import { SITES_NOW, SITE_NAMES } from "../helpers/fixture-sites.ts";

const sites = inject("sites");

/*
 * The sites' crawls and feeds are checked side by side, three at a time,
 * while Java runs beside them; a test crawls a site, or waits for what is
 * left of the one Java run: on a busy two-core machine that can take longer than a
 * test's minute, so each gets three, the hooks' limit.
 */
vi.setConfig({ maxConcurrency: 3, testTimeout: 180_000 });
afterAll(() => vi.resetConfig());

/*
 * Java (the Nu Html Checker) starts once for every site together, as soon as
 * the file runs: it works on one core while linkinator crawls the sites on
 * the other. Each site's feeds are read in one run of feedparser.
 */
let htmlProblems: Promise<ReadonlyMap<string, HtmlProblem[]>>;
beforeAll(() => {
  htmlProblems = validateHtml(SITE_NAMES.map((name) => sites[name].outDir));
  // Awaited by the tests, which fail with the error; not an unhandled rejection before then.
  htmlProblems.catch(() => undefined);
});

describe.concurrent.each(SITE_NAMES)("the %s site", (name) => {
  const { root, outDir } = sites[name];
  let site: Site;
  beforeAll(async () => {
    site = await loadSite(root, { mode: "production", now: Date.parse(SITES_NOW) });
  });

  it("has no broken internal link, asset or #fragment, and loads no asset from another host", async ({ expect }) => {
    const report = await checkLinks({ dir: outDir, siteUrl: site.settings.url });
    expect(report.checked, "internal references checked").toBeGreaterThan(0);
    expect.soft(report.broken.map(describeBrokenLink), "broken internal links").toEqual([]);
    expect.soft(report.remoteAssets.map(describeReference), "assets loaded from another host").toEqual([]);
    if (report.externalLinks.length) {
      console.info(`${name}: ${report.externalLinks.length} links to other sites, not fetched:\n  ${report.externalLinks.map(describeReference).join("\n  ")}`);
    }
  });

  it("publishes exactly the feeds listed in page-types.ts, each read cleanly by a feed reader with one entry per post", async ({ expect }) => {
    const listed = FEEDS.filter((type) => type.sites.includes(name)).flatMap((type) => type.feeds(site).map((feed) => ({ ...feed, type })));
    expect(await discoverFeeds(outDir, site.settings.url), "feeds found in the built site").toEqual(listed.map((feed) => feed.path).sort());
    const parsed = await readFeeds(listed.map((feed) => ({ file: path.join(outDir, feed.path), format: feed.type.format })));
    listed.forEach((feed, index) => {
      // A feed carries its newest posts, as many as the site's feedSize setting says.
      const expected: ExpectedEntry[] = feed.posts.slice(0, site.settings.feedSize).map((post) => ({
        title: post.title,
        link: absoluteUrl(site.settings.url, post.url),
        // The names the site shows for the post's authors (one spelling per author, the authors file's if it has one).
        authors: site.collections.authorsOf.get(post.id)?.map((author) => author.name) ?? [],
        published: post.date.epoch,
      }));
      expect.soft(feedProblems(parsed[index]!, feed.type.format, expected), `${feed.path} (${feed.type.name})`).toEqual([]);
    });
  });
});

/*
 * Each site's HTML is checked after the crawls and feeds of every site, so
 * no test holds one of the three places while it waits for Java, and the
 * first of them waits only for what is left of the one run.
 */
describe.each(SITE_NAMES)("the %s site", (name) => {
  const { outDir } = sites[name];
  it("is valid HTML: the Nu Html Checker finds no errors in any page", async () => {
    const problems = (await htmlProblems).get(outDir);
    expect(problems, "the site was checked").toBeDefined();
    expect(problems?.map(describeHtmlProblem)).toEqual([]);
  });
});
