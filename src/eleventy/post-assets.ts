import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { loadSiteData } from "../build/site-data.ts";
import { buildMode } from "./global-data.ts";

/**
 * Copies the files of folder posts beside their pages. The posts are already
 * loaded for this build, so asking again costs a stat per file.
 */
export function postAssets(eleventyConfig: UserConfig, options: { root: string }): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const site = await loadSiteData({ root: options.root, mode: buildMode() });
    for (const post of site.posts) {
      for (const asset of post.assets) {
        const target = path.join(directories.output, ...asset.url.split("/"));
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(path.join(options.root, asset.source), target);
      }
    }
  });
}
