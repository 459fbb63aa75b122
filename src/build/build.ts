import path from "node:path";
import { fileURLToPath } from "node:url";
import { readdir, rm } from "node:fs/promises";
import Eleventy from "@11ty/eleventy";
import { loadSiteData, type SiteData } from "./site-data.ts";
import { checkOutputDir, replaceOutput, stagingDir } from "./output-dir.ts";
import { startSearchIndex } from "../search/pagefind.ts";

/** Where Broadsheet itself lives: `.eleventy.ts`, `templates/`, `src/`. */
export const ENGINE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface BuildOptions {
  /** The site: `posts/` and `site.config.ts`. */
  readonly root: string;
  readonly outDir: string;
}

export interface BuildResult {
  readonly site: SiteData;
  readonly filesWritten: number;
}

/**
 * A production build. Every post is validated before anything is written;
 * the site is built into a staging folder and swapped in only when all of it
 * succeeded, so a failed build leaves the previous output exactly as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  checkOutputDir(options.outDir, options.root, ENGINE_ROOT);
  const site = await loadSiteData({ root: options.root, mode: "production" });

  const staging = await stagingDir(options.outDir);
  const search = await startSearchIndex(site.config);
  try {
    const previousSite = process.env.BROADSHEET_SITE;
    process.env.BROADSHEET_SITE = path.resolve(options.root);
    try {
      const eleventy = new Eleventy(undefined, staging, {
        configPath: path.join(ENGINE_ROOT, ".eleventy.ts"),
        quietMode: true,
      });
      eleventy.setIsVerbose(false);
      await eleventy.write();
    } finally {
      if (previousSite === undefined) delete process.env.BROADSHEET_SITE;
      else process.env.BROADSHEET_SITE = previousSite;
    }
    // The search index is part of the site: finished before the swap, so a failed index leaves the old site in place.
    await search.finish(staging);
    const filesWritten = (await readdir(staging, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
    await replaceOutput(staging, options.outDir);
    return { site, filesWritten };
  } catch (error) {
    await search.close();
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
