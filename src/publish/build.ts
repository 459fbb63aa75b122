import path from "node:path";
import { fileURLToPath } from "node:url";
import { rm } from "node:fs/promises";
import type { Workers } from "../content/post-pool.ts";
import { ProblemsError } from "../model/problem.ts";
import type { Site } from "../model/site.ts";
import { loadSite } from "../site/load.ts";
import { engineVersion } from "./engine-version.ts";
import { checkOutputDir, forgetHelpers, recordHelpers, removeLeftovers, replaceOutput, stagingDir } from "./output-dir.ts";
import { outputKey } from "./output-key.ts";
import { countFiles, forgetOutput, recordedOutput, recordOutput } from "./output-record.ts";
import { SEARCH_CACHE_DIR, startSearchIndex, type SearchIndexResult } from "./search.ts";
import { pagesToRender, takeUnchanged } from "./unchanged-pages.ts";

/** Where Broadsheet itself lives: `.eleventy.ts`, `templates/`, `src/`. */
export const ENGINE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface BuildOptions {
  /** The site: `posts/` and `site.config.ts`. */
  readonly root: string;
  readonly outDir: string;
  /** The moment that decides which posts are scheduled for later, in epoch milliseconds. */
  readonly now: number;
  /** Worker threads reading posts: a count (0: the main thread), or "auto" (the default; see src/content/post-pool.ts). */
  readonly workers?: Workers;
  /**
   * Keep what this build makes of each post and of the search index under
   * `<root>/.cache/build/`, and use what earlier builds kept (the default);
   * false builds from nothing and keeps nothing (`--no-cache`). With it, a
   * build whose output key (src/publish/output-key.ts) is the last build's,
   * into an output folder nobody has changed since, writes nothing.
   */
  readonly cache?: boolean;
  /** Pages per part of the search index (src/publish/search.ts); tests use a few to get several parts from a small site. */
  readonly searchPagesPerPart?: number;
}

export interface BuildResult {
  readonly site: Site;
  /** Files in the output folder. */
  readonly files: number;
  /** False when the output folder already held what this build would write, so nothing was (see `cache`). */
  readonly written: boolean;
  /** What the search index took, when the build wrote one. */
  readonly search?: SearchIndexResult;
}

/**
 * A production build. The site is loaded and checked once, before anything
 * is written, and handed to Eleventy as a value; it is built into a staging
 * folder and swapped in only when all of it succeeded, so a failed build
 * leaves the previous output exactly as it was. When the output folder
 * already holds what the build would write, nothing is written.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  checkOutputDir(options.outDir, options.root, ENGINE_ROOT);
  const cache = options.cache ?? true;
  const engine = cache ? await engineVersion(ENGINE_ROOT) : undefined;
  const site = await loadSite(options.root, { mode: "production", now: options.now, workers: options.workers ?? "auto", ...(engine ? { engine } : {}) });
  // The same lines as `npm run check`: the problems, and the warnings with them.
  if (site.problems.length) throw new ProblemsError([...site.problems, ...site.warnings]);
  const key = engine === undefined ? undefined : await outputKey(site, engine);
  const before = key === undefined ? undefined : await recordedOutput(options.root, options.outDir);
  if (key !== undefined && before?.key === key) {
    await removeLeftovers(options.outDir);
    return { site, files: before.files.length, written: false };
  }
  // With the cache, a page that shows what it showed in the output folder is taken from there rather than rendered again.
  const plan = engine === undefined ? undefined : pagesToRender(site, engine, before?.shown);

  // Loaded only for a build that writes: an up-to-date site is answered without them.
  const [{ default: Eleventy }, { broadsheet, PAGES_DIR }] = await Promise.all([import("@11ty/eleventy"), import("../../.eleventy.ts")]);
  const staging = await stagingDir(options.outDir);
  await recordHelpers(staging);
  const search = await startSearchIndex(site.settings, {
    pages: site.posts.length + site.pages.length,
    ...(options.searchPagesPerPart ? { pagesPerPart: options.searchPagesPerPart } : {}),
    // Pagefind indexes while pages are rendered unless few posts were read again: then only their parts are indexed, at the end.
    ...(engine ? { cache: { dir: path.join(options.root, SEARCH_CACHE_DIR), version: engine }, likelyKept: site.postsReadAgain * 2 < site.posts.length } : {}),
    // Pagefind may start only at the end, when the kept index turns out not to fit.
    started: () => recordHelpers(staging),
  });
  try {
    const eleventy = new Eleventy(PAGES_DIR, staging, {
      // No configuration file: this build is wired by the call below, with the site as a value.
      configPath: "",
      quietMode: true,
      config: (eleventyConfig: Parameters<typeof broadsheet>[0]) => broadsheet(eleventyConfig, { load: async () => site, search, ...(plan ? { select: plan.select } : {}) }),
    });
    eleventy.setIsVerbose(false);
    await eleventy.write();
    if (before && plan?.reusing) takeUnchanged(options.outDir, staging, before.files, site);
    // From here the kept search index is this build's: the old output no longer matches it, so its record goes.
    if (key) await forgetOutput(options.root);
    // The search index is part of the site: finished before the swap, so a failed index leaves the old site in place.
    const searched = await search.finish(staging, before ? options.outDir : undefined);
    await replaceOutput(staging, options.outDir);
    const files = key && plan ? await recordOutput(options.root, options.outDir, key, plan.shown()) : await countFiles(options.outDir);
    return { site, files, written: true, search: searched };
  } catch (error) {
    await search.close();
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    await forgetHelpers(staging);
  }
}
