import { rm } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteData } from "../build/site-data.ts";
import { writeFiles, type OutputFile } from "../build/write-files.ts";
import type { Post } from "../content/post.ts";
import { activeSearchIndex } from "../search/pagefind.ts";
import { renderPostPage } from "../../templates/pages/post.tsx";
import { pagesToRender } from "./changed-pages.ts";
import { siteDataOf, type BuildEvent } from "./global-data.ts";

/**
 * Post pages are rendered and written one at a time, before Eleventy renders
 * the other pages, and then let go: through Eleventy's pagination every
 * rendered page would stay in memory until the build ends, and each would
 * cost Eleventy's per-page bookkeeping on top of rendering. A production
 * build hands each page to the search index as it is written.
 *
 * In the dev server the posts that are new or changed since the last build
 * are written first, so the page being worked on is served as soon as
 * possible; of the others, only those whose neighbours or related posts
 * changed follow (src/eleventy/changed-pages.ts).
 */
export function postPages(eleventyConfig: UserConfig, options: { root: string }): void {
  let written: readonly Post[] = [];
  eleventyConfig.on("eleventy.before", async (build: BuildEvent & { directories: { output: string } }) => {
    const site = await siteDataOf(build, options.root);
    const outDir = build.directories.output;
    const before = new Set(written);
    const toWrite = pagesToRender(site.posts, { broadsheet: site });
    const changed = toWrite.filter((post) => !before.has(post));
    const unchanged = toWrite.filter((post) => before.has(post));
    await writeFiles(pages(site, [...changed, ...unchanged], outDir));
    await removeGone(written, site.posts, outDir);
    written = site.posts;
  });
}

/**
 * A post deleted (or renamed) while the dev server runs takes its page, and
 * the files published beside it, out of the output; a production build
 * starts from an empty folder anyway.
 */
async function removeGone(before: readonly Post[], now: readonly Post[], outDir: string): Promise<void> {
  const shown = new Set(now.map((post) => post.url));
  const gone = before.filter((post) => !shown.has(post.url));
  await Promise.all(gone.map((post) => rm(path.join(outDir, ...post.url.split("/")), { recursive: true, force: true })));
}

async function* pages(site: SiteData, posts: readonly Post[], outDir: string): AsyncGenerator<OutputFile> {
  const search = activeSearchIndex();
  for (const post of posts) {
    const html = renderPostPage(site, post);
    const file = `${post.url.slice(1)}index.html`;
    await search?.add(file, html);
    yield { path: path.join(outDir, ...file.split("/")), content: html };
  }
}
