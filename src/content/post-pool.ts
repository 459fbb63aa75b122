import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { createImageProcessor } from "../markdown/images.ts";
import { createMarkdown } from "../markdown/index.ts";
import { createRemoteImageFetcher } from "../markdown/remote-images.ts";
import type { Settings } from "../model/settings.ts";
import { resolveInSite, siteFolders } from "./files.ts";
import { STATIC_DIRS } from "./static-files.ts";
import type { PostContext, PostOutcome } from "./posts.ts";

/** What reading one post takes besides its file: its bytes and where it is, as problems name it. */
export interface PostTask {
  readonly bytes: Uint8Array;
  readonly sourcePath: string;
}

/** What a worker is started with: the site it reads posts of. */
export interface PostWorkerData {
  readonly root: string;
  readonly settings: Settings;
}

/** Reads one post into a Post or its problems, in this thread or in a worker's. */
export type ParsePost = (bytes: Uint8Array, sourcePath: string) => Promise<PostOutcome>;

/** How many worker threads read posts: a count, or "auto" (see `workerCount`). */
export type Workers = number | "auto";

/**
 * Below this many posts to read, "auto" reads them in the main thread:
 * a worker spends about a second of CPU loading markdown-it, Prism and the
 * rest before its first post, which a small site does not win back.
 */
const POSTS_WORTH_A_POOL = 400;

/**
 * The renderers reading a post needs, made once per thread for the site in
 * `root`. Images from other hosts are downloaded into the site's cache unless
 * `remoteImages` is false; each thread's fetcher writes a finished file under
 * a name of its address, so two threads fetching one image agree.
 */
export function postContext(root: string, settings: Settings): PostContext {
  return {
    root,
    settings,
    markdown: createMarkdown(settings.language),
    processImage: createImageProcessor(root),
    checkFile: (file) => resolveInSite(file, siteFolders(root)),
    staticFolders: STATIC_DIRS,
    ...(settings.remoteImages ? { fetchImage: createRemoteImageFetcher(root) } : {}),
  };
}

/** Threads reading posts; `close` ends them. */
export interface PostPool {
  readonly parse: ParsePost;
  close(): Promise<void>;
}

/**
 * How many workers `workers` means for `posts` posts to read: 0 is the main
 * thread. "auto" leaves one core to the main thread, and takes none on a
 * machine of two cores or fewer: there, in `npm run bench`, two workers cost
 * a quarter more CPU for 4,000 posts (each loads tsx, markdown-it, Prism and
 * Temml for itself) and no faster build could be shown.
 */
export function workerCount(workers: Workers, posts: number, cores = availableParallelism()): number {
  if (workers !== "auto") return workers;
  return posts < POSTS_WORTH_A_POOL || cores <= 2 ? 0 : cores - 1;
}

/**
 * A pool of `count` worker threads (src/content/post-worker.ts), each with
 * its own markdown-it and image processor, reading posts as the main thread
 * hands them out; the main thread keeps their outcomes in file order, so the
 * site is the same whatever the number of workers. The workers run with
 * this process's Node options, and with tsx's loader when this process
 * was started without it (a test runner), as the worker is TypeScript.
 */
export function startPostPool(data: PostWorkerData, count: number): PostPool {
  const withTsx = process.execArgv.some((arg) => arg.includes("tsx"));
  const pool = new Piscina<PostTask, PostOutcome>({
    filename: new URL("./post-worker.ts", import.meta.url).href,
    minThreads: count,
    maxThreads: count,
    // Every worker busy and one post waiting for each: enough to keep them fed, few enough that bytes are not piled up.
    maxQueue: count * 64,
    idleTimeout: Infinity,
    workerData: data,
    execArgv: withTsx ? process.execArgv : [...process.execArgv, "--import", "tsx"],
  });
  return {
    parse: (bytes, sourcePath) => pool.run({ bytes, sourcePath }),
    close: () => pool.destroy(),
  };
}
