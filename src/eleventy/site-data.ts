import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatWarnings, ProblemsError } from "../model/problem.ts";
import type { Site } from "../model/site.ts";

/** One object per build: Eleventy hands the same event argument to every `eleventy.before` handler of that build. */
export type BuildEvent = object;

/** The Site of each build, loaded once however many steps ask for it. */
export interface CurrentSite {
  /** The Site of the build `build` is the `eleventy.before` event of. */
  of(build: BuildEvent): Promise<Site>;
  /** The Site of the build in progress, for steps that run later in it. */
  latest(): Promise<Site>;
}

/**
 * `load` gives the site of a new build: the production build hands in the
 * Site it loaded and checked; the dev server loads the site afresh for each
 * rebuild. A site with problems stops the build with them.
 */
export function currentSite(load: () => Promise<Site>): CurrentSite {
  const builds = new WeakMap<BuildEvent, Promise<Site>>();
  let latest: Promise<Site> | undefined;
  return {
    of(build) {
      let site = builds.get(build);
      if (!site) {
        site = load().then((loaded) => {
          if (loaded.problems.length) throw new ProblemsError(loaded.problems);
          // The production build prints warnings itself, once; the dev server shows them on every rebuild until fixed.
          if (loaded.mode === "development" && loaded.warnings.length) console.warn(formatWarnings(loaded.warnings));
          return loaded;
        });
        builds.set(build, site);
        latest = site;
      }
      return site;
    },
    latest() {
      if (!latest) throw new Error("no build has started");
      return latest;
    },
  };
}

/**
 * The Site is loaded before any page, when a build starts, and handed to
 * every page as the global `broadsheet` data. Pages are computed from it,
 * never from the files again.
 */
export function siteData(eleventyConfig: UserConfig, options: { site: CurrentSite }): void {
  eleventyConfig.on("eleventy.before", async (build: BuildEvent) => {
    await options.site.of(build);
  });
  eleventyConfig.addGlobalData("broadsheet", () => options.site.latest());
  // Eleventy's own collections would copy every page into every other; pages read `broadsheet` instead.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
}
