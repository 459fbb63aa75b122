import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Page } from "../model/page.ts";
import type { Post } from "../model/post.ts";
import { outputFile } from "../model/routes.ts";
import type { Site } from "../model/site.ts";
import { pagePage } from "../../templates/pages/page.tsx";
import { postPage } from "../../templates/pages/post.tsx";
import type { BuildEvent, CurrentSite } from "./site-data.ts";
import { writeFiles, type OutputFile } from "./write-files.ts";

/** Where a production build sends each post page besides the output folder: the search index. */
export interface PageIndex {
  /** Takes one rendered page; resolves when the index can take the next (it may hold the writer back). */
  add(outputPath: string, html: string): Promise<void>;
  /** Names a page that was not rendered because the output holds it as the last build wrote it. */
  keep(outputPath: string): void;
}

/** What a page is made for: a post or list page (by its URL) or an old address (by the address). */
export type PageItem = { readonly url: string } | { readonly from: string };

/** Which of the given items' pages a build must render: all of them, except in the dev server after a post changed. */
export type PageSelection = <T extends PageItem>(items: readonly T[], site: Site) => readonly T[];

export interface PostPagesOptions {
  readonly site: CurrentSite;
  readonly search?: PageIndex | undefined;
  readonly select?: PageSelection | undefined;
}

/**
 * Post pages (and the pages of `pages/`, which are rendered the same way) are rendered and written one at a time, before Eleventy renders
 * the other pages, and then let go: through Eleventy's pagination every
 * rendered page would stay in memory until the build ends, and each would
 * cost Eleventy's per-page bookkeeping on top of rendering. A production
 * build hands each page to the search index as it is written.
 *
 * In the dev server the posts that are new or changed since the last build
 * are written first, so the page being worked on is served as soon as
 * possible; of the others, only those `select` keeps follow.
 */
export function postPages(eleventyConfig: UserConfig, options: PostPagesOptions): void {
  let written: readonly (Post | Page)[] = [];
  eleventyConfig.on("eleventy.before", async (build: BuildEvent & { directories: { output: string } }) => {
    const site = await options.site.of(build);
    const outDir = build.directories.output;
    const before = new Set(written);
    const documents = [...site.posts, ...site.pages];
    const toWrite = new Set(options.select ? options.select(documents, site) : documents);
    // Only the dev server has written pages before: those that changed go first.
    const first = new Set(documents.filter((post) => toWrite.has(post) && !before.has(post)));
    const ordered = before.size ? [...first, ...documents.filter((post) => !first.has(post))] : documents;
    await writeFiles(pages(site, ordered, toWrite, outDir, options.search));
    // A deleted post's page is removed with everything else the site no longer has (src/eleventy/prune.ts).
    written = documents;
  });
}

/** Renders the documents `toWrite` keeps, in order; the search index is told of the others, in the same order, which shapes its bytes. */
async function* pages(site: Site, documents: readonly (Post | Page)[], toWrite: ReadonlySet<Post | Page>, outDir: string, search: PageIndex | undefined): AsyncGenerator<OutputFile> {
  for (const post of documents) {
    const file = outputFile(post.url);
    if (!toWrite.has(post)) {
      search?.keep(file);
      continue;
    }
    const html = "slug" in post ? postPage(site, post) : pagePage(site, post);
    await search?.add(file, html);
    yield { path: path.join(outDir, ...file.split("/")), content: html };
  }
}
