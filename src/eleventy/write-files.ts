import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

export interface OutputFile {
  /** Absolute path. */
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** How many writes are in flight at once: enough to keep the disk busy, few enough that pages are not held in memory. */
const IN_FLIGHT = 32;

/**
 * Writes files as `files` yields them, a bounded number at a time. The
 * iterable is pulled only as writes finish, so a generator that renders each
 * page on demand never holds more than a few pages in memory, and an async
 * one can hold the writing back; each folder is created once.
 */
export async function writeFiles(files: Iterable<OutputFile> | AsyncIterable<OutputFile>): Promise<void> {
  const folders = new Map<string, Promise<unknown>>();
  const iterator = Symbol.asyncIterator in files ? files[Symbol.asyncIterator]() : files[Symbol.iterator]();
  const worker = async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const file = next.value;
      const folder = path.dirname(file.path);
      let made = folders.get(folder);
      if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
      await made;
      await writeFile(file.path, file.content);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}
