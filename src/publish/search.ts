import { createHash } from "node:crypto";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
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

/** Where the last build's search index is kept, under the site root. */
export const SEARCH_CACHE_DIR = path.join(".cache", "build", "pagefind");

/** Pages handed to Pagefind and not yet indexed, at most, by default: about 30 MB of messages at the bench corpus's page size. */
const MAX_UNINDEXED = 2000;

export interface SearchIndexOptions {
  readonly maxUnindexed?: number;
  /**
   * Where the index of the last build is kept, and what else shapes it (the
   * engine's version): when every page handed in is the one indexed then,
   * the kept index is copied instead of indexing again.
   */
  readonly cache?: { readonly dir: string; readonly version: string };
  /** Whether the pages are likely those of the kept index (no post was read again): if not, Pagefind starts at once, to index while pages are rendered. */
  readonly likelyKept?: boolean;
  /** Told when a Pagefind process has started, which may be at the end of the build: the build writes its number down. */
  readonly started?: () => Promise<void>;
}

/**
 * Starts a Pagefind index for a production build. Pages are handed in as they
 * are rendered (the build gives it to the post-pages Eleventy plugin) rather than read back
 * from disk afterwards, so Pagefind's indexing overlaps Eleventy's rendering.
 * Only elements marked data-pagefind-body (the post article) are indexed, so
 * list pages never show up as results.
 *
 * With a `cache` that holds an index, and no post read again, Pagefind is
 * not started while pages are rendered: each page is only hashed. If the
 * pages are the ones the kept index was made of, it is copied; if not,
 * Pagefind reads them back from the built site at the end. Pagefind cannot
 * add to an index, so one changed post means indexing every post again.
 */
export async function startSearchIndex(settings: Settings, options: SearchIndexOptions = {}): Promise<SearchIndex> {
  const language = settings.language.split("-")[0]!.toLowerCase();
  const cache = options.cache && { ...options.cache, version: `${options.cache.version}\0${language}` };
  const kept = cache && options.likelyKept ? await readKeptIndex(cache.dir) : undefined;
  const hashes = new Map<string, string>();
  const start = async () => {
    const index = await pagefindIndex(language, options.maxUnindexed ?? MAX_UNINDEXED);
    await options.started?.();
    return index;
  };
  const streaming = kept ? undefined : await start();
  // Started at the end, when the kept index turns out not to fit.
  let late: PagefindIndex | undefined;
  const search: SearchIndex = {
    add(sourcePath, content) {
      if (cache) hashes.set(sourcePath, createHash("sha256").update(content).digest("hex"));
      return streaming ? streaming.add(sourcePath, content) : Promise.resolve();
    },
    async finish(siteDir) {
      const outDir = path.join(siteDir, FOLDERS.pagefind);
      const key = cache && inputKey(cache.version, hashes);
      if (kept && key === kept.key) {
        await cp(kept.files, outDir, { recursive: true });
        return { pages: hashes.size };
      }
      let index = streaming;
      if (!index) {
        index = late = await start();
        for (const sourcePath of hashes.keys()) await index.add(sourcePath, await readFile(path.join(siteDir, ...sourcePath.split("/")), "utf8"));
      }
      const result = await index.finish(outDir);
      if (cache && key) await keepIndex(cache.dir, key, outDir);
      return result;
    },
    async close() {
      await streaming?.close();
      await late?.close();
    },
  };
  return search;
}

/** One hash of the engine, the language and every page handed in, whatever order they came in. */
function inputKey(version: string, hashes: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256").update(version);
  for (const sourcePath of [...hashes.keys()].sort()) hash.update(`\0${sourcePath}\0${hashes.get(sourcePath)}`);
  return hash.digest("hex");
}

/** The kept index and the key it was made for, if a whole one is there: the key is written last. */
async function readKeptIndex(dir: string): Promise<{ key: string; files: string } | undefined> {
  const key = await readFile(path.join(dir, "key"), "utf8").catch(() => undefined);
  return key && /^[0-9a-f]{64}$/.test(key) ? { key, files: path.join(dir, "files") } : undefined;
}

/** Replaces the kept index with the one just written into `outDir`. */
async function keepIndex(dir: string, key: string, outDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await cp(outDir, path.join(dir, "files"), { recursive: true });
  await writeFile(path.join(dir, "key"), key);
}

/** Pagefind's own process, taking pages; `finish` writes its files into `outDir` and ends it. */
interface PagefindIndex {
  add(sourcePath: string, content: string): Promise<void>;
  finish(outDir: string): Promise<SearchIndexResult>;
  close(): Promise<void>;
}

async function pagefindIndex(language: string, maxUnindexed: number): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
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
  const self: PagefindIndex = {
    add(sourcePath, content) {
      const added = index.addHTMLFile({ sourcePath, content });
      pending.push(added);
      unindexed++;
      added.then(indexed, indexed);
      return unindexed < maxUnindexed ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
    async finish(outDir) {
      try {
        const added = await Promise.all(pending);
        const failures = added.flatMap((result) => result.errors);
        if (failures.length) throw new Error(`Pagefind could not index the site: ${failures.join("; ")}`);
        // We write the files ourselves: Pagefind's writeFiles answers before its
        // writes are done, and closing the service then can leave files empty.
        const { files, errors: fileErrors } = await index.getFiles();
        if (fileErrors.length) throw new Error(`Pagefind could not produce its index: ${fileErrors.join("; ")}`);
        await writeFiles(files.map((file) => ({ path: path.join(outDir, file.path), content: file.content })));
        return { pages: added.length };
      } finally {
        await self.close();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pagefind.close();
    },
  };
  return self;
}
