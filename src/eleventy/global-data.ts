import type UserConfig from "@11ty/eleventy/UserConfig";
import { loadSiteData, type BuildMode, type SiteData } from "../build/site-data.ts";
import { formatWarnings } from "../content/problems.ts";

let current: SiteData | undefined;

/** The site data of the build in progress, for steps that run after the pages are written (publishing post images). */
export function currentSiteData(): SiteData | undefined {
  return current;
}

/** The site root holds `posts/` and `site.config.ts`; tests point it at fixture sites. */
export function siteRoot(): string {
  return process.env.BROADSHEET_SITE ?? process.cwd();
}

/** Drafts and scheduled posts show only in the dev server (`--serve` or `--watch`). */
export function buildMode(): BuildMode {
  const runMode = process.env.ELEVENTY_RUN_MODE;
  return runMode === "serve" || runMode === "watch" ? "development" : "production";
}

/** One object per build: Eleventy hands the same event argument to every handler of that build. */
export type BuildEvent = object;

const builds = new WeakMap<BuildEvent, Promise<SiteData>>();

/**
 * The site data of one build, loaded once however many steps ask for it:
 * the post pages are written before Eleventy renders the other pages, and
 * both must see the same posts.
 */
export function siteDataOf(build: BuildEvent, root: string): Promise<SiteData> {
  let site = builds.get(build);
  if (!site) {
    site = loadSiteData({ root, mode: buildMode() }).then((loaded) => {
      // The production build prints warnings itself, once; the dev server shows them on every rebuild until fixed.
      if (loaded.mode === "development" && loaded.warnings.length) console.warn(formatWarnings(loaded.warnings));
      current = loaded;
      return loaded;
    });
    builds.set(build, site);
  }
  return site;
}

/**
 * Every post is read, validated and rendered once, before any page, and
 * handed to the templates as the global `broadsheet` data. Pages are
 * computed from it, never from the files again.
 */
export function globalData(eleventyConfig: UserConfig, options: { root: string }): void {
  let latest: Promise<SiteData> | undefined;
  eleventyConfig.on("eleventy.before", async (build: BuildEvent) => {
    latest = siteDataOf(build, options.root);
    await latest;
  });
  eleventyConfig.addGlobalData("broadsheet", () => latest ?? siteDataOf({}, options.root));
  // Eleventy's own collections would copy every page into every other; pages read `broadsheet` instead.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
}
