import { createHash } from "node:crypto";
import { constants, readdirSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { PageIndex } from "../eleventy/post-pages.ts";
import { writeFiles } from "../eleventy/write-files.ts";
import { FOLDERS, SEARCH_PARTS_FILE, searchPartFolder } from "../model/routes.ts";
import type { Settings } from "../model/settings.ts";
import { linkFiles } from "./output-dir.ts";

export interface SearchIndexResult {
  /** Pages indexed: the posts, which carry data-pagefind-body. */
  readonly pages: number;
  /** How many parts the index is split into. */
  readonly parts: number;
  /** The parts this build indexed; the others were the kept ones. */
  readonly indexed: number;
}

/**
 * `add` hands one rendered post page to Pagefind, which indexes in its own
 * process while rendering goes on. It resolves at once, or, when Pagefind
 * has fallen far behind, once it has caught up a little: the pages waiting
 * for it are held in memory. `keep` names a page the build did not render
 * because the output already holds it as the last build wrote it.
 */
export interface SearchIndex extends PageIndex {
  /**
   * Waits for every page handed in and writes the index and its UI into
   * `<siteDir>/pagefind/`. `previous` is the last build's output folder,
   * when it still holds exactly what that build wrote: a kept part is
   * linked from it rather than copied from the cache.
   */
  finish(siteDir: string, previous?: string): Promise<SearchIndexResult>;
  /** Stops Pagefind's process without writing anything. */
  close(): Promise<void>;
}

/** Where the last build's search index is kept, under the site root. */
export const SEARCH_CACHE_DIR = path.join(".cache", "build", "pagefind");

/** The kept index's record, in SEARCH_CACHE_DIR: without a sound one, no part is kept. */
const KEPT_FILE = "index.json";
export const SEARCH_CACHE_RECORD = path.join(SEARCH_CACHE_DIR, KEPT_FILE);

/** Pages handed to Pagefind and not yet indexed, at most, by default: about 30 MB of messages at the bench corpus's page size. */
const MAX_UNINDEXED = 2000;

/** Pages in one part of the index, about, before the index is split: a changed post means indexing its part again, not the whole site. */
const PAGES_PER_PART = 500;

/** Parts at most, however large the site: every part is another few requests when a reader searches. */
const MAX_PARTS = 16;

/**
 * How many parts `pages` pages are indexed in: one up to `pagesPerPart`,
 * then a power of two, so the count, and with it which part each page is
 * in, changes only when the site doubles or halves.
 */
export function partCount(pages: number, pagesPerPart = PAGES_PER_PART): number {
  let parts = 1;
  while (parts < MAX_PARTS && pages > parts * pagesPerPart) parts *= 2;
  return parts;
}

/** The part a page is in, by its output path alone: adding a post moves no other page to another part. */
export function partOf(file: string, parts: number): number {
  // FNV-1a: tiny, stable across Node versions, and spreads paths that differ in one character.
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % parts;
}

export interface SearchIndexOptions {
  /** How many pages the build will hand in or keep: it decides how many parts the index has. */
  readonly pages: number;
  readonly maxUnindexed?: number;
  /** Pages per part; tests use a few to get several parts from a small site. */
  readonly pagesPerPart?: number;
  /**
   * Where the index of the last build is kept, and what else shapes it (the
   * engine's version): a part whose pages are all the ones indexed then is
   * copied instead of indexed again.
   */
  readonly cache?: { readonly dir: string; readonly version: string };
  /** Whether most pages are likely those of the kept index (few posts were read again): then Pagefind waits for the end and indexes only the parts that changed, rather than everything while pages are rendered. */
  readonly likelyKept?: boolean;
  /** Told when a Pagefind process has started, which may be at the end of the build: the build writes its number down. */
  readonly started?: () => Promise<void>;
}

/** What a build keeps of its index: the hash of each page and the key of each part; the parts' files lie beside it. */
interface KeptIndex {
  readonly version: string;
  readonly parts: readonly string[];
  readonly pages: Readonly<Record<string, string>>;
}

/**
 * Starts a Pagefind index for a production build. Pages are handed in as they
 * are rendered (the build gives it to the post-pages Eleventy plugin) rather than read back
 * from disk afterwards, so Pagefind's indexing overlaps Eleventy's rendering.
 * Only elements marked data-pagefind-body (the post article) are indexed, so
 * list pages never show up as results.
 *
 * Pagefind cannot add to an index, so a large site's index is split into
 * parts (`partCount`), each a Pagefind bundle of its own, which the search
 * page merges in the reader's browser (Pagefind's `mergeIndex`, listed in
 * `SEARCH_PARTS_FILE`). With a `cache`, a part whose pages are the ones it
 * was made of last time is copied from it; only the parts with a changed,
 * added or removed page are indexed again, from the pages in the built site.
 */
export async function startSearchIndex(settings: Settings, options: SearchIndexOptions): Promise<SearchIndex> {
  const language = settings.language.split("-")[0]!.toLowerCase();
  const parts = partCount(options.pages, options.pagesPerPart);
  const cache = options.cache && { ...options.cache, version: `${options.cache.version}\0${language}\0${parts}` };
  const kept = cache ? await readKeptIndex(cache.dir, cache.version) : undefined;
  // Each page, in the order the pages came, with its hash when there is a cache; undefined for a kept page whose hash the kept index lacks.
  const hashes = new Map<string, string | undefined>();
  let service: PagefindService | undefined;
  // Pagefind's process starts with the first index made in it.
  const start = () => (service ??= pagefindService(language, options.maxUnindexed ?? MAX_UNINDEXED, options.started));
  // Without a kept index, or when most pages are likely new, every part is indexed as pages are rendered.
  const streaming = kept && options.likelyKept ? undefined : await indexes(start(), parts);
  const search: SearchIndex = {
    add(sourcePath, content) {
      hashes.set(sourcePath, cache && createHash("sha256").update(content).digest("hex"));
      return streaming ? streaming[partOf(sourcePath, parts)]!.add(sourcePath, content) : Promise.resolve();
    },
    keep(sourcePath) {
      hashes.set(sourcePath, kept && Object.hasOwn(kept.pages, sourcePath) ? kept.pages[sourcePath] : undefined);
    },
    async finish(siteDir, previous) {
      const outDir = path.join(siteDir, FOLDERS.pagefind);
      const readPage = (sourcePath: string) => readFile(path.join(siteDir, ...sourcePath.split("/")), "utf8");
      for (const [sourcePath, hash] of hashes) {
        if (cache && hash === undefined) hashes.set(sourcePath, createHash("sha256").update(await readPage(sourcePath)).digest("hex"));
      }
      const members = Array.from({ length: parts }, () => [] as string[]);
      for (const sourcePath of hashes.keys()) members[partOf(sourcePath, parts)]!.push(sourcePath);
      const keys = members.map((files) => partKey(cache?.version ?? "", files, hashes));
      // Part 0 is Pagefind's bundle, the search box's scripts included, so it is written even with no pages; another part without pages is not.
      const written = members.map((files, part) => part === 0 || files.length > 0);
      const reused = keys.map((key, part) => !written[part] || (!streaming && kept?.parts[part] === key));
      const folder = (root: string, part: number) => path.join(root, searchPartFolder(part));
      // Kept parts are linked or copied while Pagefind indexes the others.
      const copies: Promise<unknown>[] = [];
      try {
        for (let part = 0; part < parts; part++) {
          if (!written[part]) continue;
          if (reused[part]) {
            copies.push(
              previous
                ? Promise.resolve().then(() => linkPart(folder(path.join(previous, FOLDERS.pagefind), part), folder(outDir, part), part === 0))
                : // Each folder made first: two copies making one parent at once would clash.
                  mkdir(folder(outDir, part), { recursive: true }).then(() => cp(path.join(cache!.dir, `part-${part}`), folder(outDir, part), { recursive: true, mode: constants.COPYFILE_FICLONE })),
            );
          } else if (streaming) {
            await streaming[part]!.finish(folder(outDir, part));
          } else {
            const index = await start().index();
            for (const sourcePath of members[part]!) await index.add(sourcePath, await readPage(sourcePath));
            await index.finish(folder(outDir, part));
          }
        }
        await Promise.all(copies);
      } finally {
        await Promise.allSettled(copies);
        await service?.close();
      }
      const others = written.flatMap((isWritten, part) => (isWritten && part > 0 ? [searchPartFolder(part)] : []));
      await writeFile(path.join(outDir, SEARCH_PARTS_FILE), JSON.stringify({ parts: others }));
      if (cache) await keepIndex(cache.dir, { version: cache.version, parts: keys, pages: Object.fromEntries(hashes as Map<string, string>) }, folders(outDir, parts), reused);
      return { pages: hashes.size, parts, indexed: reused.filter((kept) => !kept).length };
    },
    async close() {
      await service?.close();
    },
  };
  return search;
}

/** `count` new indexes in `service`, one after the other. */
async function indexes(service: PagefindService, count: number): Promise<PagefindIndex[]> {
  const made: PagefindIndex[] = [];
  for (let i = 0; i < count; i++) made.push(await service.index());
  return made;
}

/** Where each part of an index lies under `outDir` (`/pagefind/` of a site). */
function folders(outDir: string, parts: number): string[] {
  return Array.from({ length: parts }, (_, part) => path.join(outDir, searchPartFolder(part)));
}

/** The files of one part of an index, linked from the last build's; part 0's folder holds the other parts, which are not its own. */
function linkPart(from: string, to: string, first: boolean): void {
  const files = readdirSync(from, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)))
    .filter((file) => !first || !(/^part-\d+$/.test(file.split(path.sep)[0]!) || file === SEARCH_PARTS_FILE));
  linkFiles(from, to, files);
}

/** One hash of the engine, the language, the part count and the part's pages, whatever order they came in. */
function partKey(version: string, files: readonly string[], hashes: ReadonlyMap<string, string | undefined>): string {
  const hash = createHash("sha256").update(version);
  for (const sourcePath of [...files].sort()) hash.update(`\0${sourcePath}\0${hashes.get(sourcePath)}`);
  return hash.digest("hex");
}


/** The kept index, if a whole one is there for this engine, language and part count: its record is written last. */
async function readKeptIndex(dir: string, version: string): Promise<KeptIndex | undefined> {
  try {
    const kept = JSON.parse(await readFile(path.join(dir, KEPT_FILE), "utf8")) as KeptIndex;
    const sound = kept.version === version && Array.isArray(kept.parts) && kept.parts.every((key) => typeof key === "string") && typeof kept.pages === "object" && kept.pages !== null;
    return sound ? kept : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the parts just indexed beside the record; the record goes first and comes back last, so a build killed in between leaves none. */
async function keepIndex(dir: string, record: KeptIndex, partFolders: readonly string[], reused: readonly boolean[]): Promise<void> {
  await rm(path.join(dir, KEPT_FILE), { force: true });
  await mkdir(dir, { recursive: true });
  for (let part = 0; part < partFolders.length; part++) {
    if (reused[part]) continue;
    const kept = path.join(dir, `part-${part}`);
    await rm(kept, { recursive: true, force: true });
    // Part 0 is the whole folder: the other parts lie inside it and are kept on their own.
    await cp(partFolders[part]!, kept, { recursive: true, filter: (source) => part !== 0 || !/^part-\d+$/.test(path.relative(partFolders[0]!, source)) });
  }
  await writeFile(path.join(dir, KEPT_FILE), JSON.stringify(record));
}

/** Pagefind's own process, which holds any number of indexes. */
interface PagefindService {
  index(): Promise<PagefindIndex>;
  close(): Promise<void>;
}

/** One index: `finish` writes its files into `outDir`. */
interface PagefindIndex {
  add(sourcePath: string, content: string): Promise<void>;
  finish(outDir: string): Promise<void>;
}

/** Pagefind's process, started by the first index made; `started` is told once it runs. */
function pagefindService(language: string, maxUnindexed: number, started?: () => Promise<void>): PagefindService {
  let closed = false;
  let running = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await pagefind.close();
  };
  // Pages waiting for Pagefind, over every index of the service.
  const waiting: (() => void)[] = [];
  let unindexed = 0;
  const indexed = () => {
    unindexed--;
    waiting.shift()?.();
  };
  const create = async (): Promise<PagefindIndex> => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) {
      await close();
      throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    }
    if (!running) {
      running = true;
      await started?.();
    }
    const pending: Promise<{ errors: string[] }>[] = [];
    return {
      add(sourcePath, content) {
        const added = index.addHTMLFile({ sourcePath, content });
        pending.push(added);
        unindexed++;
        added.then(indexed, indexed);
        return unindexed < maxUnindexed ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
      },
      async finish(outDir) {
        const failures = (await Promise.all(pending)).flatMap((result) => result.errors);
        if (failures.length) throw new Error(`Pagefind could not index the site: ${failures.join("; ")}`);
        // We write the files ourselves: Pagefind's writeFiles answers before its
        // writes are done, and closing the service then can leave files empty.
        const { files, errors } = await index.getFiles();
        if (errors.length) throw new Error(`Pagefind could not produce its index: ${errors.join("; ")}`);
        await writeFiles(files.map((file) => ({ path: path.join(outDir, file.path), content: file.content })));
      },
    };
  };
  return { index: create, close };
}
