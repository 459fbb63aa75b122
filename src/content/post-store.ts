import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { PostOutcome } from "./posts.ts";

/** Where earlier builds' readings of posts are kept, under the site root. */
export const POST_STORE_FILE = path.join(".cache", "build", "posts.bin");

/** The first line of the file: a file without it is not ours. The number changes whenever the layout below does. */
const MAGIC = "broadsheet post store 2\n";

/** A file the post names (an image) as it was: its bytes' hash ("" for a file that did not exist), size and modification time. */
interface Dependency {
  readonly file: string;
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
}

interface Entry {
  readonly dependencies: readonly Dependency[];
  readonly outcome: PostOutcome;
}

/**
 * What reading each post gave in earlier builds, kept between processes so
 * an unchanged post is not parsed, checked or rendered again. An entry is
 * found by a hash of the post's path and bytes; it is used only when every
 * file the post names still has the bytes it had (read again only when its
 * size or time changed), and every processed file it publishes is still in
 * the cache.
 */
export interface PostStore {
  /** The outcome kept for this post, or undefined when it must be read. */
  get(sourcePath: string, bytes: Uint8Array): Promise<PostOutcome | undefined>;
  /** Keeps what reading this post gave, unless it may differ next time (a remote image that could not be downloaded). */
  put(sourcePath: string, bytes: Uint8Array, outcome: PostOutcome): Promise<void>;
  /** Writes the entries used or made since the store was opened, and only those: a deleted post's entry goes. */
  save(): Promise<void>;
}

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
};

/**
 * Opens the store of the site in `root` for builds shaped by `shapedBy`: the
 * engine's version (a hash of its code and dependencies) and the site's
 * settings. The site's folder counts too, as outcomes name files in it by
 * absolute path. A file written for other ones, damaged, cut short or not
 * ours is ignored, and replaced by the next save: never trusted.
 */
export async function openPostStore(root: string, shapedBy: readonly string[]): Promise<PostStore> {
  const file = path.join(root, POST_STORE_FILE);
  const version = sha256(root, ...shapedBy);
  const kept = await readStore(file, version);
  const used = new Map<string, Entry>();
  const fileHashes = new Map<string, Promise<string>>();
  const hashOf = (file: string) => {
    let hash = fileHashes.get(file);
    if (!hash) fileHashes.set(file, (hash = readFile(file).then((bytes) => sha256(bytes), () => "")));
    return hash;
  };
  // Same size and time: unchanged, without reading it. Touched (a fresh checkout gives every file a new time): its bytes decide.
  const unchanged = async (dependency: Dependency) => {
    const info = await stat(dependency.file).catch(() => undefined);
    if (!info) return dependency.hash === "";
    if (info.size !== dependency.size) return false;
    return info.mtimeMs === dependency.mtimeMs || (await hashOf(dependency.file)) === dependency.hash;
  };
  const exists = (published: string) => stat(published).then(() => true, () => false);
  let changed = false;

  return {
    async get(sourcePath, bytes) {
      const key = sha256(sourcePath, bytes);
      const entry = kept.get(key);
      if (!entry) return undefined;
      const sameFiles = await Promise.all(entry.dependencies.map(unchanged));
      // Social cards are drawn again when missing (src/eleventy/post-files.ts); every other published file must still be there.
      const card = entry.outcome.post?.card?.file;
      const published = (entry.outcome.post?.assets ?? []).filter((asset) => asset.from !== card);
      const present = await Promise.all(published.map((asset) => exists(asset.from)));
      if (!sameFiles.every(Boolean) || !present.every(Boolean)) return undefined;
      used.set(key, entry);
      return entry.outcome;
    },
    async put(sourcePath, bytes, outcome) {
      changed = true;
      if (outcome.unfetched?.length) return;
      const dependencies = await Promise.all(
        (outcome.files ?? []).map(async (file): Promise<Dependency> => {
          const info = await stat(file).catch(() => undefined);
          return { file, hash: info ? await hashOf(file) : "", size: info?.size ?? -1, mtimeMs: info?.mtimeMs ?? -1 };
        }),
      );
      used.set(sha256(sourcePath, bytes), { dependencies, outcome });
    },
    async save() {
      if (!changed && used.size === kept.size) return;
      const payload = serialize([...used]);
      await mkdir(path.dirname(file), { recursive: true });
      // Written beside and renamed over, so a killed build leaves the old file or the new one, never half of one.
      const partial = `${file}.${process.pid}.partial`;
      try {
        await writeFile(partial, Buffer.concat([Buffer.from(`${MAGIC}${version}\n${sha256(payload)}\n`), payload]));
        await rename(partial, file);
      } finally {
        await rm(partial, { force: true });
      }
    },
  };
}

/** The entries of a store file written for `version`, or none when the file is missing, foreign, damaged or for another version. */
async function readStore(file: string, version: string): Promise<ReadonlyMap<string, Entry>> {
  const bytes = await readFile(file).catch(() => undefined);
  const header = `${MAGIC}${version}\n`;
  if (!bytes || bytes.subarray(0, header.length).toString("latin1") !== header) return new Map();
  const checksumEnd = header.length + 65;
  const checksum = bytes.subarray(header.length, checksumEnd - 1).toString("latin1");
  const payload = bytes.subarray(checksumEnd);
  if (sha256(payload) !== checksum) return new Map();
  try {
    const entries: unknown = deserialize(payload);
    return Array.isArray(entries) ? new Map(entries as [string, Entry][]) : new Map();
  } catch {
    return new Map();
  }
}
