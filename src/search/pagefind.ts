import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { SiteConfig } from "../config/site.ts";
import { PAGES } from "../pages.ts";

export interface SearchIndexResult {
  /** Pages indexed: the posts, which carry data-pagefind-body. */
  readonly pages: number;
}

/**
 * Indexes a built site with Pagefind's Node API and writes the index and its
 * UI into `<siteDir>/pagefind/`. Only elements marked data-pagefind-body (the
 * post article) are indexed, so list pages never show up as results.
 */
export async function indexSite(siteDir: string, config: SiteConfig): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: config.language.split("-")[0]!.toLowerCase() });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // Only post pages (postUrl: /posts/<slug>/) carry data-pagefind-body; reading
    // just them skips the list pages, a third of the files at 10,000 posts.
    const added = await index.addDirectory({ path: siteDir, glob: "posts/**/*.html" });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    // We write the files ourselves: Pagefind's writeFiles answers before its
    // writes are done, and closing the service then can leave files empty.
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`Pagefind could not produce its index: ${fileErrors.join("; ")}`);
    const outDir = path.join(siteDir, PAGES.pagefind);
    for (const file of files) {
      const target = path.join(outDir, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
