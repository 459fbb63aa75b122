import path from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { assets } from "./src/eleventy/assets.ts";
import { changedPages } from "./src/eleventy/changed-pages.ts";
import { feeds } from "./src/eleventy/feeds.ts";
import { listPages } from "./src/eleventy/list-pages.ts";
import { liveReload } from "./src/eleventy/live-reload.ts";
import { postFiles } from "./src/eleventy/post-files.ts";
import { postPages, type PageIndex } from "./src/eleventy/post-pages.ts";
import { currentSite, siteData } from "./src/eleventy/site-data.ts";
import type { Site } from "./src/model/site.ts";
import { createSiteLoader } from "./src/site/load.ts";

export interface BroadsheetOptions {
  /** The Site of a new build. The production build hands in the one it loaded and checked; the dev server loads afresh. */
  readonly load: () => Promise<Site>;
  /** Where the production build indexes each post page for search. */
  readonly search?: PageIndex;
  /** The dev server: the site's folder, whose files it follows. */
  readonly watch?: { readonly root: string };
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

  eleventyConfig.addPlugin(siteData, { site }); // 1. the Site, loaded once per build, is every page's data
  eleventyConfig.addPlugin(assets); // 2. templates/assets → /assets
  eleventyConfig.addPlugin(postPages, { site, search: options.search, select: changed?.select }); // 3. post pages, streamed to disk and to the search index
  eleventyConfig.addPlugin(postFiles, { site }); // 4. each shown post's images and files, beside its page
  eleventyConfig.addPlugin(listPages, { select: changed?.select }); // 5. home, archive, tags, authors, search, 404 and redirect pages
  eleventyConfig.addPlugin(feeds); // 6. Atom, RSS, JSON Feed, sitemap, robots.txt
  if (options.watch && changed) {
    eleventyConfig.addPlugin(liveReload, options.watch); // dev: follow posts, comments, settings, templates and src/
    eleventyConfig.addPlugin(changed.plugin); // dev: remember what each page showed
  }
}

/** Eleventy's input folder. Every page is a virtual template (src/eleventy/list-pages.ts), so it holds no Eleventy template of its own. */
export const PAGES_DIR = fileURLToPath(new URL("./templates/pages", import.meta.url));

/** `npm start`: Eleventy's own command loads this file and serves the site in the current folder, drafts included. */
export default function (eleventyConfig: UserConfig) {
  const root = process.cwd();
  const load = createSiteLoader(root, "development");
  broadsheet(eleventyConfig, { load: () => load(Date.now()), watch: { root } });
  return { dir: { input: path.relative(root, PAGES_DIR) } };
}
