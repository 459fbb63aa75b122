import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { threadId } from "node:worker_threads";

/** Where images from other hosts are kept once downloaded, under the site root. */
export const REMOTE_IMAGE_CACHE_DIR = path.join(".cache", "remote-images");

/** An image on another host: `https://…`, `http://…` or `//…`. */
export function isRemoteImage(src: string): boolean {
  return /^(?:https?:)?\/\//i.test(src);
}

export type FetchedImage = { ok: true; file: string } | { ok: false; reason: string };

/** Downloads an image from another host into the cache, once, or says why it could not. */
export type RemoteImageFetcher = (src: string) => Promise<FetchedImage>;

const TYPES: Readonly<Record<string, string>> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/gif": ".gif",
  "image/webp": ".webp",
  "image/avif": ".avif",
  "image/svg+xml": ".svg",
  "image/tiff": ".tiff",
};
const EXTENSIONS = [...new Set(Object.values(TYPES))];
/** Larger than any picture a post shows; a bigger answer is not read to the end. */
const MAX_BYTES = 25 * 1024 * 1024;

/**
 * Downloads each remote image once into `<root>/.cache/remote-images/`, named
 * by a hash of its address, so a later build (or one offline) uses the copy
 * and the page never asks the other host for it. Only http(s) is fetched;
 * an answer that is not 200, not an image type, or larger than 25 MB is a
 * reason, never a file. Each address is fetched at most once per fetcher.
 */
export function createRemoteImageFetcher(root: string, options: { timeoutMs?: number } = {}): RemoteImageFetcher {
  const folder = path.join(root, REMOTE_IMAGE_CACHE_DIR);
  const pending = new Map<string, Promise<FetchedImage>>();
  const timeoutMs = options.timeoutMs ?? 15_000;

  const download = async (src: string): Promise<FetchedImage> => {
    const href = src.startsWith("//") ? `https:${src}` : src;
    const name = createHash("sha256").update(href).digest("hex").slice(0, 32);
    const cached = EXTENSIONS.map((extension) => path.join(folder, `${name}${extension}`)).find((file) => existsSync(file));
    if (cached) return { ok: true, file: cached };
    let response: Response;
    try {
      response = await fetch(href, { redirect: "follow", signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const reason = (error as { cause?: { code?: string; errors?: { code?: string }[] } }).cause;
      const cause = reason?.code ?? reason?.errors?.[0]?.code;
      return { ok: false, reason: error instanceof Error && error.name === "TimeoutError" ? `did not answer within ${timeoutMs / 1000} s` : `could not be reached${cause ? ` (${cause})` : ""}` };
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      return { ok: false, reason: `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}` };
    }
    const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    const extension = TYPES[type];
    if (!extension) {
      await response.body?.cancel();
      return { ok: false, reason: `is not an image (${type || "no content type"})` };
    }
    const length = Number(response.headers.get("content-length") ?? 0);
    if (length > MAX_BYTES) {
      await response.body?.cancel();
      return { ok: false, reason: `is larger than ${MAX_BYTES / 1024 / 1024} MB` };
    }
    let bytes: Buffer;
    try {
      bytes = Buffer.from(await response.arrayBuffer());
    } catch {
      return { ok: false, reason: "stopped answering while it was downloaded" };
    }
    if (bytes.length > MAX_BYTES) return { ok: false, reason: `is larger than ${MAX_BYTES / 1024 / 1024} MB` };
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, `${name}${extension}`);
    // Written whole, then renamed: a build stopped half-way leaves no half image in the cache,
    // and two worker threads (one process id) downloading one image never write one file.
    const partial = `${file}.${process.pid}.${threadId}.part`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    return { ok: true, file };
  };

  return (src) => {
    let result = pending.get(src);
    if (!result) {
      result = download(src);
      pending.set(src, result);
    }
    return result;
  };
}
