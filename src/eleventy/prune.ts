import { readdir, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { FOLDERS, outputFile } from "../model/routes.ts";
import type { CurrentSite } from "./site-data.ts";

/**
 * The dev server builds into the same folder again and again, and Eleventy
 * never removes a file. After each build that succeeded, every file the
 * site no longer has is removed: the page of a deleted or renamed post, the
 * page of a tag no post has any more, the files of a folder post that went.
 * What the site has is its route table (the theme's files included), the
 * images its posts show and the fonts. A production build starts from an empty folder instead.
 */
export function prune(eleventyConfig: UserConfig, options: { site: CurrentSite }): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const site = await options.site.latest();
    const kept = new Set([...site.routes.keys(), ...[...site.posts, ...site.pages].flatMap((document) => document.assets.map((asset) => outputFile(asset.to)))]);
    const fonts = FOLDERS.fonts.slice(1);
    const outDir = directories.output;
    const entries = await readdir(outDir, { recursive: true, withFileTypes: true }).catch(() => []);
    const gone = entries
      .filter((entry) => !entry.isDirectory())
      .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
      .filter((file) => !file.startsWith(fonts) && !kept.has(file));
    await Promise.all(gone.map((file) => rm(path.join(outDir, file), { force: true })));
    // Folders left empty go too, deepest first.
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name));
    for (const folder of folders.sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => undefined);
  });
}
