import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";

/** Files read at once: every file at once runs out of file handles on a large site (50,000 posts, or fewer under a low ulimit). */
export const FILES_AT_ONCE = 64;

/**
 * Markdown files are posts (and comments). Dotfiles and editor leftovers
 * (`.#post.md`, `post.md~`, `.post.md.swp`) and every other kind of file are not.
 */
export function isMarkdownFile(fileName: string): boolean {
  return /\.(md|markdown)$/i.test(fileName) && !fileName.startsWith(".");
}

/** Editor backup and lock files (`post.md~`, `#post.md#`); dotfiles are left out before this. */
export function isEditorLeftover(name: string): boolean {
  return name.endsWith("~") || /^#.*#$/.test(name);
}

/**
 * Every file under `dir`, as absolute paths in code-point order (never in
 * the file system's order), leaving out dotfiles and whatever is in a dot
 * folder (`.git`, `.obsidian`). None when `dir` does not exist.
 */
export async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).split(path.sep).some((part) => part.startsWith(".")))
    .sort();
}

/** A file's path relative to the site root, with forward slashes, as problems name it: `posts/x.md`. */
export function sitePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes strict UTF-8 (a byte-order mark is dropped) and turns CRLF and CR into LF; undefined for bytes that are not UTF-8. */
export function decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/\r\n?/g, "\n");
  } catch {
    return undefined;
  }
}

/** What reading one file gave, and the other files (a post's images) whose change means reading it again. */
export interface ReadResult<T> {
  readonly value: T;
  readonly dependsOn?: readonly string[];
}

/** Each file's modification time, or -1 for a file that does not exist (yet). */
async function versions(files: readonly string[]): Promise<Map<string, number>> {
  return new Map(await Promise.all(files.map(async (file) => [file, await stat(file).then((info) => info.mtimeMs, () => -1)] as const)));
}

/**
 * Reads many files, a bounded number at a time, and keeps what each gave by
 * the file's size and modification time (and those of the files it depends
 * on), so the dev server reads again only what changed. One cache serves
 * one kind of file: posts, comments, pages.
 */
export function createFileCache<T>() {
  const cache = new Map<string, { mtimeMs: number; size: number; value: T; dependencies: ReadonlyMap<string, number> }>();

  const unchanged = async (dependencies: ReadonlyMap<string, number>) => {
    if (dependencies.size === 0) return true;
    const now = await versions([...dependencies.keys()]);
    return [...dependencies].every(([file, version]) => now.get(file) === version);
  };

  /** What `read` gives for each of `files`, in their order; files not among them are forgotten. */
  return async function readAll(files: readonly string[], read: (bytes: Uint8Array, file: string) => Promise<ReadResult<T>>): Promise<T[]> {
    const values = await pMap(
      files,
      async (file) => {
        const info = await stat(file);
        const cached = cache.get(file);
        if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size && (await unchanged(cached.dependencies))) return cached.value;
        const result = await read(await readFile(file), file);
        cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, value: result.value, dependencies: await versions(result.dependsOn ?? []) });
        return result.value;
      },
      { concurrency: FILES_AT_ONCE },
    );
    const live = new Set(files);
    for (const file of cache.keys()) if (!live.has(file)) cache.delete(file);
    return values;
  };
}
