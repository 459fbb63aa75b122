import path from "node:path";
import * as pagefind from "pagefind";
import type { PageIndex } from "../eleventy/post-pages.ts";
import { writeFiles } from "../eleventy/write-files.ts";
import { FOLDERS } from "../model/routes.ts";
import type { Settings } from "../model/settings.ts";

export interface SearchIndexResult {
  /** Pages indexed: the posts, which carry data-pagefind-body. */
  readonly pages: number;
}

/**
 * `add` hands one rendered post page to Pagefind, which indexes in its own
 * process while rendering goes on. It resolves at once, or, when Pagefind
 * has fallen far behind, once it has caught up a little: the pages waiting
 * for it are held in memory.
 */
export interface SearchIndex extends PageIndex {
  /** Waits for every page handed in and writes the index and its UI into `<siteDir>/pagefind/`. */
  finish(siteDir: string): Promise<SearchIndexResult>;
  /** Stops Pagefind's process without writing anything. */
  close(): Promise<void>;
}

/** Pages handed to Pagefind and not yet indexed, at most, by default: about 30 MB of messages at the bench corpus's page size. */
const MAX_UNINDEXED = 2000;

/**
 * Starts a Pagefind index for a production build. Pages are handed in as they
 * are rendered (the build gives it to the post-pages Eleventy plugin) rather than read back
 * from disk afterwards, so Pagefind's indexing overlaps Eleventy's rendering.
 * Only elements marked data-pagefind-body (the post article) are indexed, so
 * list pages never show up as results.
 */
export async function startSearchIndex(settings: Settings, options: { maxUnindexed?: number } = {}): Promise<SearchIndex> {
  const maxUnindexed = options.maxUnindexed ?? MAX_UNINDEXED;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: settings.language.split("-")[0]!.toLowerCase() });
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  }
  const pending: Promise<{ errors: string[] }>[] = [];
  const waiting: (() => void)[] = [];
  let unindexed = 0;
  const indexed = () => {
    unindexed--;
    waiting.shift()?.();
  };
  let closed = false;
  const search: SearchIndex = {
    add(sourcePath, content) {
      const added = index.addHTMLFile({ sourcePath, content });
      pending.push(added);
      unindexed++;
      added.then(indexed, indexed);
      return unindexed < maxUnindexed ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
    async finish(siteDir) {
      try {
        const added = await Promise.all(pending);
        const failures = added.flatMap((result) => result.errors);
        if (failures.length) throw new Error(`Pagefind could not index the site: ${failures.join("; ")}`);
        // We write the files ourselves: Pagefind's writeFiles answers before its
        // writes are done, and closing the service then can leave files empty.
        const { files, errors: fileErrors } = await index.getFiles();
        if (fileErrors.length) throw new Error(`Pagefind could not produce its index: ${fileErrors.join("; ")}`);
        const outDir = path.join(siteDir, FOLDERS.pagefind);
        await writeFiles(files.map((file) => ({ path: path.join(outDir, file.path), content: file.content })));
        return { pages: added.length };
      } finally {
        await search.close();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pagefind.close();
    },
  };
  return search;
}
