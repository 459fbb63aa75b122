import { createHash, randomUUID, type Hash } from "node:crypto";
import { stat } from "node:fs/promises";
import type { Site } from "../model/site.ts";

/** What the Site carries for `npm run check` and the build's own bookkeeping: none of it is written into a page. */
const NOT_OUTPUT = new Set<string>(["problems", "warnings", "postsRead", "postsReadAgain", "skipped", "moving"]);

/**
 * A hash of everything a production build's output is made of: the engine
 * (its version hash: code, templates, dependencies), the Site value, and the
 * size and time of each file the build copies by path (post and page images,
 * `public/`). The Site holds everything else a page shows, so
 * two builds with the same key write the same bytes. The Site's own time
 * (`now`) is in it only as what it decides: which posts are shown.
 */
export async function outputKey(site: Site, engine: string): Promise<string> {
  const hash = createHash("sha256").update(engine).update("\0");
  hashValue(hash, Object.fromEntries(Object.entries(site).filter(([field]) => !NOT_OUTPUT.has(field))));
  // A social card is left out: its file in the cache is named by what it is drawn from, and may be drawn only by this build.
  const cards = new Set(site.posts.flatMap((post) => (post.card ? [post.card.file] : [])));
  const copied = [...site.posts, ...site.pages].flatMap((document) => document.assets.map((asset) => asset.from)).filter((file) => !cards.has(file));
  copied.push(...site.staticFiles.map((file) => file.from));
  const stats = await Promise.all(copied.map((file) => stat(file).then((info) => `${info.size} ${info.mtimeMs}`, () => "missing")));
  copied.forEach((file, i) => hash.update(`\0${file}\0${stats[i]}`));
  return hash.digest("hex");
}

/**
 * The Site's fields made of its posts and pages (and their comments), and of
 * nothing else: a page showing them is compared by what it shows
 * (src/eleventy/page-shows.ts).
 */
const OF_DOCUMENTS = new Set<string>(["posts", "pages", "comments", "collections", "feed", "listFeeds", "sitemap", "routes", "redirects"]);

/**
 * A hash of what every page has in common besides the posts and pages it
 * shows (with their comments): the engine, the settings, the header's
 * links, the years of the footer. Two builds with the same frame render a page the
 * same way when it shows the same posts and pages.
 */
export function frameKey(site: Site, engine: string): string {
  const hash = createHash("sha256").update(engine).update("\0");
  hashValue(hash, Object.fromEntries(Object.entries(site).filter(([field]) => !NOT_OUTPUT.has(field) && !OF_DOCUMENTS.has(field))));
  return hash.digest("hex");
}

/** A hash of one post or page, everything it holds: how a build names what a page shows. */
export function documentHash(document: object): string {
  const hash = createHash("sha256");
  hashValue(hash, document);
  return hash.digest("base64");
}

const encoder = new TextEncoder();
// One buffer for every hash: hashValue runs to its end without waiting.
const buffer = new Uint8Array(1 << 16);

/**
 * Feeds `hash` a text of a value made of plain objects, arrays, Maps, Sets
 * and Dates that is the same for the same value in every process: an
 * object met again (a post in a tag's list and in the archive) is written as
 * the number of its first meeting, so shared values are written once and a
 * cycle cannot loop. V8's own serializer is not used: it writes one string
 * in two ways depending on how it was made.
 */
export function hashValue(hash: Hash, value: unknown): void {
  const met = new Map<object, number>();
  // Encoded into one buffer and hashed a buffer at a time: one update per piece, or strings joined first, cost more than the hash itself.
  let used = 0;
  const put = (piece: string) => {
    // Each UTF-16 unit takes at most 3 bytes of UTF-8.
    if (used + piece.length * 3 > buffer.length) {
      hash.update(buffer.subarray(0, used));
      used = 0;
      if (piece.length * 3 > buffer.length) {
        hash.update(piece);
        return;
      }
    }
    used += encoder.encodeInto(piece, buffer.subarray(used)).written;
  };
  // What cannot be seen into (a function, an instance of another class) makes the key one no build has had: the site is built again rather than called unchanged.
  const unseeable = () => put(`?${randomUUID()},`);
  const write = (current: unknown): void => {
    switch (typeof current) {
      case "string":
        // Its length first: no escaping needed for the text to say where the string ends.
        put(`${current.length}"`);
        put(current);
        return;
      case "number":
      case "boolean":
        put(`${current},`);
        return;
      case "undefined":
        put("u,");
        return;
      case "object":
        break;
      default:
        return unseeable();
    }
    if (current === null) return put("null,");
    const seen = met.get(current);
    if (seen !== undefined) return put(`#${seen},`);
    met.set(current, met.size);
    if (Array.isArray(current)) {
      put("[");
      for (const item of current) write(item);
      put("]");
    } else if (current instanceof Map) {
      put("M[");
      for (const [key, item] of current) {
        write(key);
        write(item);
      }
      put("]");
    } else if (current instanceof Set) {
      put("S[");
      for (const item of current) write(item);
      put("]");
    } else if (current instanceof Date) {
      put(`D${current.getTime()},`);
    } else if (Object.getPrototypeOf(current) === Object.prototype || Object.getPrototypeOf(current) === null) {
      put("{");
      for (const key in current) {
        put(`${key.length}:`);
        put(key);
        write((current as Record<string, unknown>)[key]);
      }
      put("}");
    } else {
      unseeable();
    }
  };
  write(value);
  hash.update(buffer.subarray(0, used));
}
