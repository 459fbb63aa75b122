import { realpathSync, type Dirent, type Stats } from "node:fs";
import { readdir, readFile, readlink, realpath, stat } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import type { Problem } from "../model/problem.ts";

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
 * The folders a site's own files live in. Only files inside them are read
 * into the site: a symlink that leads out of them (to a file elsewhere on the
 * machine, or to the project's own README) is a problem, never followed.
 * `pages/` holds the pages that are not posts; `public/` the static files.
 */
export const SITE_FOLDERS = ["posts", "pages", "comments", "public"] as const;

/** The site's folders as they really are on disk (a `posts/` that is itself a link to a synced folder counts as the site's). */
export interface SiteFolders {
  readonly root: string;
  /** Real paths of the folders, whether or not they exist yet. */
  readonly real: readonly string[];
}

export function siteFolders(root: string, names: readonly string[] = SITE_FOLDERS): SiteFolders {
  return { root, real: names.map((name) => realOrResolved(path.join(root, name))) };
}

function realOrResolved(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** The end of a problem about a file or folder the system would not let us read. */
export function cannotRead(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") return "cannot be read (permission denied); expected a file or folder you can read (check its permissions)";
  if (code === "ENOENT") return "disappeared while it was being read; expected it to stay while the site is built";
  return `cannot be read (${code ?? String(error)}); expected a file or folder you can read`;
}

/** What kind of thing a special file is, for a problem naming it. */
function specialKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}

export type Resolved = { ok: true; real: string; stats: Stats } | { ok: false; message: string };

/**
 * Where a file of the site really is, following symlinks (the file's own
 * and those of the folders on its path). A file that really lies outside
 * the site's folders is refused with what to do instead, as is a link that
 * leads nowhere; a link inside them is fine. The one symlink policy of the
 * site: posts, comments and images all go through it.
 */
export async function resolveInSite(file: string, folders: SiteFolders): Promise<Resolved> {
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return { ok: false, message: "is a link that leads back to itself; expected a file" };
    if (code === "ENOENT") {
      const target = await readlink(file).catch(() => undefined);
      return { ok: false, message: target === undefined ? "does not exist" : `is a link to ${target}, which does not exist; expected a file` };
    }
    return { ok: false, message: cannotRead(error) };
  }
  if (!folders.real.some((folder) => isInside(real, folder))) {
    return {
      ok: false,
      message: `is a link to ${real}, outside the site's folders (${SITE_FOLDERS.map((name) => `${name}/`).join(", ")}); expected the file itself, copied into the site, as only the site's own files are published`,
    };
  }
  try {
    return { ok: true, real, stats: await stat(real) };
  } catch (error) {
    return { ok: false, message: cannotRead(error) };
  }
}

/** What listing a folder of the site found. */
export interface Listing {
  /** Whether the folder exists at all. */
  readonly exists: boolean;
  /** Every file below it, as absolute paths (a link as the link, not its target), in code-point order. */
  readonly files: string[];
  /** Each thing below it that cannot be read into the site: a link out of the site's folders, a special file, a folder that cannot be read. */
  readonly problems: Problem[];
}

/** Dotfiles and whatever is in a dot folder (`.git`, `.obsidian`): never posts, pages or comments. */
export function isHidden(name: string): boolean {
  return name.startsWith(".");
}

/**
 * Every file under `dir`, as absolute paths in code-point order (never in
 * the file system's order), leaving out what `skip` says (by default
 * dotfiles and whatever is in a dot folder: `.git`, `.obsidian`). Symlinks
 * are followed when they lead inside the site's folders (see
 * `resolveInSite`) and are problems otherwise; named pipes, sockets and
 * devices are problems, never opened (reading a pipe would wait forever).
 * `dir` itself not existing is no problem here: the caller says whether it must.
 */
export async function listFiles(dir: string, folders: SiteFolders, skip: (name: string) => boolean = isHidden): Promise<Listing> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const shown = (file: string) => sitePath(folders.root, file);
  let top: Stats;
  try {
    top = await stat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { exists: false, files, problems };
    return { exists: true, files, problems: [{ file: `${shown(dir)}/`, message: cannotRead(error) }] };
  }
  if (!top.isDirectory()) return { exists: true, files, problems: [{ file: shown(dir), message: `is ${top.isFile() ? "a file" : specialKind(top)}; expected a folder` }] };

  /** `chain`: the real paths of the folders walked to get here, so a link back up is found, not followed forever. */
  const walk = async (folder: string, chain: readonly string[]): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: `${shown(folder)}/`, message: cannotRead(error) });
      return;
    }
    for (const entry of entries) {
      if (skip(entry.name)) continue;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(file, [...chain, path.join(chain.at(-1)!, entry.name)]);
      else if (entry.isFile()) files.push(file);
      else if (entry.isSymbolicLink()) {
        const target = await resolveInSite(file, folders);
        if (!target.ok) problems.push({ file: shown(file), message: target.message });
        else if (target.stats.isDirectory()) {
          if (chain.some((above) => isInside(above, target.real))) problems.push({ file: shown(file), message: `is a link to a folder it is in (${target.real}); expected a link that leads elsewhere, or none` });
          else await walk(file, [...chain, target.real]);
        } else if (target.stats.isFile()) files.push(file);
        else problems.push({ file: shown(file), message: `is a link to ${specialKind(target.stats)}; expected a file` });
      } else problems.push({ file: shown(file), message: `is ${specialKind(entry)}, not a file; expected only files and folders (remove it)` });
    }
  };
  await walk(dir, [await realpath(dir)]);
  return { exists: true, files: files.sort(), problems: problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
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
 * one kind of file: posts, comments, pages. A file the system will not let
 * us read gives what `unreadable` makes of the reason, never a stack trace.
 */
export function createFileCache<T>() {
  const cache = new Map<string, { mtimeMs: number; size: number; value: T; dependencies: ReadonlyMap<string, number> }>();

  const unchanged = async (dependencies: ReadonlyMap<string, number>) => {
    if (dependencies.size === 0) return true;
    const now = await versions([...dependencies.keys()]);
    return [...dependencies].every(([file, version]) => now.get(file) === version);
  };

  /** What `read` gives for each of `files`, in their order; files not among them are forgotten. */
  return async function readAll(
    files: readonly string[],
    read: (bytes: Uint8Array, file: string) => Promise<ReadResult<T>>,
    unreadable: (file: string, reason: string) => T,
  ): Promise<T[]> {
    const values = await pMap(
      files,
      async (file) => {
        let info: Stats;
        let bytes: Uint8Array;
        try {
          info = await stat(file);
          const cached = cache.get(file);
          if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size && (await unchanged(cached.dependencies))) return cached.value;
          bytes = await readFile(file);
        } catch (error) {
          cache.delete(file);
          return unreadable(file, cannotRead(error));
        }
        const result = await read(bytes, file);
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
