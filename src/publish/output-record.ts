import { lstatSync, readdirSync, type Dirent } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ShownPages } from "./unchanged-pages.ts";

/** Where the last build writes down what it left in its output folder, under the site root. */
export const OUTPUT_RECORD_FILE = path.join(".cache", "build", "output.json");

/** The first field of the file: a file without it is not ours. */
const FORMAT = "broadsheet output record 2";

interface OutputRecord {
  readonly format: typeof FORMAT;
  /** The output folder, absolute. */
  readonly outDir: string;
  /** The output key (src/publish/output-key.ts) of the build that wrote it. */
  readonly key: string;
  /** What its pages showed (src/publish/unchanged-pages.ts). */
  readonly shown: ShownPages;
  /** Every entry under the folder: its path, and for a file its inode, size and change time. */
  readonly entries: readonly Entry[];
}

/** What the last build left in the output folder, when the folder still holds exactly that. */
export interface RecordedOutput {
  /** Its output key. */
  readonly key: string;
  readonly shown: ShownPages;
  /** Its files, relative to the output folder. */
  readonly files: readonly string[];
}

/** `[path]` for a folder; `[path, inode, size, ctime]` for a file. */
type Entry = readonly [string] | readonly [string, number, number, number];

/**
 * Every entry under `dir`, sorted. A file's change time moves on every
 * write, `touch` and copy over it, and cannot be set back, so a file with the
 * same inode, size and change time has the bytes the build wrote. A link or
 * anything else that is neither file nor folder gives undefined: no build
 * writes one. Synchronous: thousands of small calls, each far cheaper than a
 * trip through the thread pool.
 */
function entriesOf(dir: string): Entry[] | undefined {
  let listed: Dirent[];
  try {
    listed = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return undefined;
  }
  const entries: Entry[] = [];
  for (const entry of listed) {
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (entry.isDirectory()) {
      entries.push([relative]);
      continue;
    }
    const info = entry.isFile() ? lstatSync(path.join(dir, relative), { throwIfNoEntry: false }) : undefined;
    if (!info?.isFile()) return undefined;
    entries.push([relative, info.ino, info.size, info.ctimeMs]);
  }
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * What the last recorded build of the site in `root` left in `outDir`, if
 * the folder holds exactly that: undefined when there is no record, a
 * damaged or foreign one, one of another folder, or any file added,
 * removed or written since.
 */
export async function recordedOutput(root: string, outDir: string): Promise<RecordedOutput | undefined> {
  const text = await readFile(path.join(root, OUTPUT_RECORD_FILE), "utf8").catch(() => undefined);
  let record: Partial<OutputRecord>;
  try {
    record = text === undefined ? {} : (JSON.parse(text) as Partial<OutputRecord>);
  } catch {
    return undefined;
  }
  const { key, shown, entries: recorded } = record;
  if (record.format !== FORMAT || record.outDir !== path.resolve(outDir) || typeof key !== "string" || !Array.isArray(recorded)) return undefined;
  if (typeof shown?.frame !== "string" || typeof shown.pages !== "object" || shown.pages === null) return undefined;
  const entries = entriesOf(outDir);
  if (!entries || JSON.stringify(entries) !== JSON.stringify(recorded)) return undefined;
  return { key, shown, files: entries.filter((entry) => entry.length > 1).map((entry) => entry[0]) };
}

/** The files under `dir`, for a build that records nothing. */
export async function countFiles(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
}

/** Forgets the recorded output: called before the output folder is replaced, so a build killed after the swap leaves no record that could match. */
export async function forgetOutput(root: string): Promise<void> {
  await rm(path.join(root, OUTPUT_RECORD_FILE), { force: true });
}

/** Writes down what `outDir` holds now, made by a build with `key` whose pages showed `shown`; gives the number of files. */
export async function recordOutput(root: string, outDir: string, key: string, shown: ShownPages): Promise<number> {
  const entries = entriesOf(outDir);
  // Something other than files and folders (a link a later step made) cannot be vouched for: nothing is recorded, and the next build writes again.
  if (!entries) return countFiles(outDir);
  const file = path.join(root, OUTPUT_RECORD_FILE);
  const record: OutputRecord = { format: FORMAT, outDir: path.resolve(outDir), key, shown, entries };
  await mkdir(path.dirname(file), { recursive: true });
  // Written beside and renamed over, so a killed build leaves the old record or the new one, never half of one.
  const partial = `${file}.${process.pid}.partial`;
  try {
    await writeFile(partial, JSON.stringify(record));
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return entries.filter((entry) => entry.length > 1).length;
}
