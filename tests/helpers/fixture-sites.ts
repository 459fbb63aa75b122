import { cpSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SettingsInput } from "../../src/model/settings.ts";
import { copyFixture, copySampleSite, ENGINE_ROOT, FIXTURES, writeSiteConfig } from "./site.ts";

/**
 * The sites every test run builds once (tests/setup/sites.ts), for the gates
 * and the tests of whole built sites to share. Each makes a site source
 * folder (`posts/` and `site.config.ts`) in a temporary folder: the sample
 * site, a variant of it, or a fixture site under `tests/fixtures/`
 * (`() => copyFixture("name")`). A site is served under the path of its
 * configured `url`, so a site whose url is `https://example.com/blog/` is
 * served and checked under `/blog/`. Tests read them and never change them:
 * a test that needs to change a site builds a copy of its own.
 */
export const SITES = {
  /** This repository's posts/ and site.config.ts: what `npm run build` publishes. */
  sample: () => copySampleSite(),
  /** The same posts published under a sub-path, where relative links most easily go wrong. */
  "sample-under-blog": () => sampleSiteAt("https://example.com/blog/"),
  /** Two posts a page (home, tag and author pages paginate), four a feed, an authors file, a draft and a scheduled post, a series of three posts and a pinned one. */
  discovery: () => copyFixture("discovery"),
  /** Every feature of the post page (contents, figures, footnotes, code, tables, quotes; math, a diagram, callouts, a video, a social card, links between posts) and a whole post in Arabic, under `/notes/`. */
  "post-page": () => copyFixture("post-page"),
  /** A comments provider (giscus) and static comments, a hostile one among them, under `/sub/`. */
  comments: () => copyFixture("comments"),
  /** A site in French with its own accent colours and share links: the page chrome, dates and plurals in French; covers and thumbnails. */
  "language-fr": () => copyFixture("language-fr"),
  /** A site in Arabic: right to left throughout, Arabic chrome, dates and plurals, a table of contents; covers and thumbnails. */
  "language-ar": () => copyFixture("language-ar"),
  /** The sample site with the posts of every other engine in `tests/fixtures/moving-in/` dropped into posts/, old addresses and all. */
  "moving-in": () => sampleWithMovedInPosts(),
} as const satisfies Record<string, () => string | Promise<string>>;

export type SiteName = keyof typeof SITES;

export const SITE_NAMES = Object.keys(SITES) as SiteName[];

/**
 * The "now" every shared site is built at (`--now`) and its posts are
 * compared against: which posts are scheduled for later must not depend on
 * the day the tests run. Later than every fixture post's date, earlier than
 * the discovery site's post scheduled for 2099.
 */
export const SITES_NOW = "2026-01-01";

/** Where the global setup built each site (the source folder and the output folder), and what the build printed as warnings. */
export type BuiltSites = Record<SiteName, { readonly root: string; readonly outDir: string; readonly stderr: string }>;

async function sampleSiteAt(url: string): Promise<string> {
  const root = copySampleSite();
  const sample = (await import(pathToFileURL(path.join(ENGINE_ROOT, "site.config.ts")).href)) as { default: SettingsInput };
  writeSiteConfig(root, { ...sample.default, url });
  return root;
}

function sampleWithMovedInPosts(): string {
  const root = copySampleSite();
  const movingIn = path.join(FIXTURES, "moving-in");
  for (const engine of readdirSync(movingIn, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    cpSync(path.join(movingIn, engine.name), path.join(root, "posts"), { recursive: true });
  }
  return root;
}
