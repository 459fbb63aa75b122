import path from "node:path";
import { ENGINE_ROOT } from "../helpers/site.ts";
import type { ColorScheme } from "./lib/accessibility.ts";
import type { Sight, Step } from "./lib/journey.ts";
import type { Viewport } from "./lib/layout.ts";
import type { SiteName } from "./sites.ts";

/** Git-ignored; emptied at the start of every run of the gates. */
export const SCREENSHOT_DIR = path.join(ENGINE_ROOT, "test-results", "screenshots");

/** `home-375x812.png`, `post-1280x800-dark.png`. */
export function screenshotPath(pageType: string, viewport: Viewport, scheme: ColorScheme): string {
  return path.join(SCREENSHOT_DIR, `${pageType}-${viewport.width}x${viewport.height}${scheme === "dark" ? "-dark" : ""}.png`);
}

/**
 * Every kind of page the site has, and how a reader reaches it. The gates in
 * `pages.test.ts` run over this list: a new page type is one more entry here.
 */
export interface PageType {
  /** Names the tests and the screenshots (`test-results/screenshots/<name>-<width>x<height>[-dark].png`). */
  readonly name: string;
  /**
   * The built sites it is checked on. The first is where the layout,
   * accessibility and offline gates run and screenshots are taken; the reader's
   * route from the home page is followed on every one of them.
   */
  readonly sites: readonly [SiteName, ...SiteName[]];
  /** Site-relative URL of the page the gates open. */
  readonly path: string;
  /** Which built HTML files (relative to the output folder) are pages of this type. */
  readonly files: RegExp;
  /** How a reader gets here from the home page; empty for the home page itself. */
  readonly reach: readonly Step[];
  /** What a reader must see once there. */
  readonly sees: readonly Sight[];
  /**
   * The HTTP status at the end of the route (default 200): 404 for the
   * not-found page, reached by visiting an address that does not exist.
   */
  readonly status?: number;
}

/** The seed post, as its Markdown file in posts/ has it. */
const SEED = {
  title: "Deteriorating Security Situation in Iraq",
  author: "Nicholas Doumouras, Jr.",
  date: "July 13, 2020",
  bodyExcerpt: "Hisham al-Hashimi, a powerful and well respected Iraqi security analyst",
};

export const PAGE_TYPES: readonly PageType[] = [
  {
    name: "home",
    sites: ["sample", "sample-under-blog"],
    path: "/",
    files: /^index\.html$/,
    reach: [],
    sees: [{ heading: "The Security Brief", level: 1 }, { heading: SEED.title, level: 2 }],
  },
  {
    name: "post",
    sites: ["sample", "sample-under-blog"],
    path: "/posts/deteriorating-security-situation-in-iraq/",
    files: /^posts\/[^/]+\/index\.html$/,
    reach: [{ link: SEED.title, within: "main" }],
    sees: [{ heading: SEED.title, level: 1 }, { text: SEED.author }, { text: SEED.date }, { text: SEED.bodyExcerpt }, { region: "Comments" }],
  },
];

/**
 * Every feed the sites publish. The feed gate parses each with a real feed
 * reader and compares its entries with the site's posts, newest first; it
 * also fails when a site publishes a feed that is not listed here.
 */
export interface FeedType {
  /** The built sites that publish it. */
  readonly sites: readonly SiteName[];
  /** Site-relative URL of the feed file, e.g. `/feed.xml`. */
  readonly path: string;
  /** The format feedparser must recognise it as. */
  readonly format: "atom" | "rss" | "json";
  /** How many of the newest posts it carries, when it does not carry all of them. */
  readonly limit?: number;
}

export const FEEDS: readonly FeedType[] = [];
