import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { assets } from "./src/eleventy/assets.ts";
import { changedPages } from "./src/eleventy/changed-pages.ts";
import { feeds } from "./src/eleventy/feeds.ts";
import { listPages } from "./src/eleventy/list-pages.ts";
import { liveReload } from "./src/eleventy/live-reload.ts";
import { postFiles } from "./src/eleventy/post-files.ts";
import { postPages, type PageIndex, type PageSelection } from "./src/eleventy/post-pages.ts";
import { prune } from "./src/eleventy/prune.ts";
import { currentSite, siteData } from "./src/eleventy/site-data.ts";
import { staticFiles } from "./src/eleventy/static-files.ts";
import { ProblemsError, type Problem } from "./src/model/problem.ts";
import type { Site } from "./src/model/site.ts";
import { createSiteLoader } from "./src/site/load.ts";

export interface BroadsheetOptions {
  /** The Site of a new build. The production build hands in the one it loaded and checked; the dev server loads afresh. */
  readonly load: () => Promise<Site>;
  /** Where the production build indexes each post page for search. */
  readonly search?: PageIndex;
  /** Which pages the production build renders, when its output folder already holds the others (src/publish/unchanged-pages.ts). */
  readonly select?: PageSelection;
  /** The dev server: the site's folder, whose files it follows. */
  readonly watch?: { readonly root: string };
}

/** What `npm start` (src/cli/serve.ts) hands the dev server's build. */
export interface DevelopmentOptions {
  /** The site's folder. */
  readonly root: string;
  /** Told the problems of every load, none when the site is sound, for the dev server's banner. */
  readonly report: (problems: readonly Problem[]) => void;
}

/**
 * Broadsheet's build, in the order it happens; each line wires one module of
 * src/ in. Around it, `npm run build` (src/publish/build.ts) loads and
 * checks the site first, builds into a staging folder, writes the search
 * index and then swaps the staging folder in.
 */
export function broadsheet(eleventyConfig: UserConfig, options: BroadsheetOptions): void {
  const site = currentSite(options.load);
  // In the dev server, a rebuild after posts changed writes only the pages they reach.
  const changed = options.watch && changedPages(options.watch.root);
  const select = changed?.select ?? options.select;

  eleventyConfig.addPlugin(siteData, { site }); // 1. the Site, loaded once per build, is every page's data
  eleventyConfig.addPlugin(assets); // 2. templates/assets → /assets
  eleventyConfig.addPlugin(postPages, { site, search: options.search, select }); // 3. post pages and pages/, streamed to disk and to the search index
  eleventyConfig.addPlugin(postFiles, { site }); // 4. each shown post's and page's images and files, beside its page
  eleventyConfig.addPlugin(staticFiles, { site }); // 5. public/ → the site's root, as it is
  eleventyConfig.addPlugin(listPages, { site, select }); // 6. home, archive, tags, authors, search, 404 and redirect pages, streamed to disk
  eleventyConfig.addPlugin(feeds); // 7. Atom, RSS, JSON Feed, sitemap, robots.txt
  if (options.watch && changed) {
    eleventyConfig.addPlugin(liveReload, options.watch); // dev: follow posts, pages, public/, comments, settings, templates and src/
    eleventyConfig.addPlugin(changed.plugin); // dev: remember what each page showed
    eleventyConfig.addPlugin(prune, { site }); // dev: remove what the site no longer has (a deleted post's page, its tag's page)
  }
}

/** Eleventy's input folder. Pages are streamed by our plugins and feeds are virtual templates (src/eleventy/feeds.ts), so it holds no Eleventy template of its own. */
export const PAGES_DIR = fileURLToPath(new URL("./templates/pages", import.meta.url));

/**
 * The dev server's build (`npm start`, src/cli/serve.ts): drafts and
 * scheduled posts included, the site loaded afresh for every rebuild, into
 * the dev server's own folder. The dev server imports this file again after
 * a change to the code, so each configuration runs the code as it is now.
 */
export function developmentBuild(eleventyConfig: UserConfig, options: DevelopmentOptions): void {
  const load = createSiteLoader(options.root, "development");
  const reported = async (): Promise<Site> => {
    try {
      const site = await load(Date.now());
      options.report(site.problems);
      return site;
    } catch (error) {
      if (error instanceof ProblemsError) options.report(error.problems);
      throw error;
    }
  };
  broadsheet(eleventyConfig, { load: reported, watch: { root: options.root } });
}
