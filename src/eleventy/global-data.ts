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

/**
 * Every post is read, validated and rendered once, before any page, and
 * handed to the templates as the global `broadsheet` data. Pages are
 * computed from it, never from the files again.
 */
export function globalData(eleventyConfig: UserConfig, options: { root: string }): void {
  eleventyConfig.addGlobalData("broadsheet", async () => {
    const site = await loadSiteData({ root: options.root, mode: buildMode() });
    // The production build prints warnings itself, once; the dev server shows them on every rebuild until fixed.
    if (site.mode === "development" && site.warnings.length) console.warn(formatWarnings(site.warnings));
    current = site;
    return site;
  });
  // Eleventy's own collections would copy every page into every other; pages read `broadsheet` instead.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
}
