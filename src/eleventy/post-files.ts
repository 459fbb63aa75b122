import { copyFile, mkdir, stat, utimes } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { outputFile } from "../model/routes.ts";
import type { BuildEvent, CurrentSite } from "./site-data.ts";

/**
 * Post images are processed into a cache while the posts load (before the
 * output folder is known); when a build starts, the files the shown posts
 * use (those images, and the files beside a folder post) are copied into
 * the output, so a build holds only the files its posts link to. A file
 * already there with the same size and modification time is left alone,
 * which keeps dev-server rebuilds cheap; a copy takes its source's time, so
 * a file changed in place, even to the same size, is copied again.
 */
export function postFiles(eleventyConfig: UserConfig, options: { site: CurrentSite }): void {
  eleventyConfig.on("eleventy.before", async (build: BuildEvent & { directories: { output: string } }) => {
    const site = await options.site.of(build);
    const copies = new Map<string, string>();
    for (const post of site.posts) for (const asset of post.assets) copies.set(asset.to, asset.from);
    await Promise.all(
      [...copies].map(async ([url, from]) => {
        const to = path.join(build.directories.output, ...outputFile(url).split("/"));
        const [source, existing] = await Promise.all([stat(from), stat(to).catch(() => undefined)]);
        if (existing?.size === source.size && existing.mtimeMs === source.mtimeMs) return;
        await mkdir(path.dirname(to), { recursive: true });
        await copyFile(from, to);
        await utimes(to, source.atime, source.mtime);
      }),
    );
  });
}
