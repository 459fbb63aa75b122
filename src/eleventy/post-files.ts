import { copyFile, mkdir, stat, utimes } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { outputFile } from "../model/routes.ts";
import type { BuildEvent, CurrentSite } from "./site-data.ts";

/**
 * Post images are processed into a cache while the posts load (before the
 * output folder is known), and social cards are drawn into one when a build
 * starts (`npm run check` draws none); then the files the shown posts
 * and pages use (those images, and the files beside a folder post or page) are copied into
 * the output, so a build holds only the files its posts link to. A file
 * already there with the same size and modification time is left alone,
 * which keeps dev-server rebuilds cheap; a copy takes its source's time, so
 * a file changed in place, even to the same size, is copied again. The dev
 * server draws and copies no social cards (pages still name them in their
 * metadata).
 */
export function postFiles(eleventyConfig: UserConfig, options: { site: CurrentSite }): void {
  eleventyConfig.on("eleventy.before", async (build: BuildEvent & { directories: { output: string } }) => {
    const site = await options.site.of(build);
    const outDir = build.directories.output;
    // Social cards not in the site's cache yet are drawn first: they are copied like the posts' images.
    // The dev server draws none: on a large site the first start would wait minutes for pictures no one sees there.
    const drawn = site.mode === "production";
    const cards = drawn ? site.posts.flatMap((post) => (post.card ? [post.card] : [])) : [];
    const cached = await Promise.all(cards.map((card) => stat(card.file).then(() => true, () => false)));
    const missing = cards.filter((_, i) => !cached[i]);
    // satori and resvg are loaded only when a card is missing: a rebuild whose cards are all cached does without them.
    if (missing.length) await (await import("../cards/draw.ts")).drawCards(missing);
    const copies = new Map<string, string>();
    for (const post of site.posts) for (const asset of post.assets) if (drawn || asset.to !== post.card?.url) copies.set(asset.to, asset.from);
    for (const page of site.pages) for (const asset of page.assets) copies.set(asset.to, asset.from);
    await Promise.all(
      [...copies].map(async ([url, from]) => {
        const to = path.join(outDir, ...outputFile(url).split("/"));
        const [source, existing] = await Promise.all([stat(from), stat(to).catch(() => undefined)]);
        if (existing?.size === source.size && existing.mtimeMs === source.mtimeMs) return;
        await mkdir(path.dirname(to), { recursive: true });
        await copyFile(from, to);
        await utimes(to, source.atime, source.mtime);
      }),
    );
  });
}
