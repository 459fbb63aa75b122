import { copyFile, mkdir, stat, utimes } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { outputFile } from "../model/routes.ts";
import type { BuildEvent, CurrentSite } from "./site-data.ts";

/**
 * The files of `public/` (favicon.ico, CNAME, .well-known/, _redirects,
 * PDFs) are copied to the site's root byte for byte, at the addresses the
 * route table gave them: a clash with a generated file has stopped the
 * build before this runs. A copy takes its source's time, and a file already
 * there with the same size and time is left alone (the dev server rebuilds
 * into the same folder).
 */
export function staticFiles(eleventyConfig: UserConfig, options: { site: CurrentSite }): void {
  eleventyConfig.on("eleventy.before", async (build: BuildEvent & { directories: { output: string } }) => {
    const site = await options.site.of(build);
    const outDir = build.directories.output;
    await Promise.all(
      site.staticFiles.map(async (file) => {
        const to = path.join(outDir, ...outputFile(file.url).split("/"));
        const [source, existing] = await Promise.all([stat(file.from), stat(to).catch(() => undefined)]);
        if (existing?.size === source.size && existing.mtimeMs === source.mtimeMs) return;
        await mkdir(path.dirname(to), { recursive: true });
        await copyFile(file.from, to);
        await utimes(to, source.atime, source.mtime);
      }),
    );
  });
}
