import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { SEARCH_PARTS_FILE } from "../../src/model/routes.ts";

export interface IndexedPage {
  readonly url: string;
  readonly content: string;
}

/** The folders of a built site's Pagefind index, one per part, the first being `pagefind/` itself. */
export function indexParts(outDir: string): string[] {
  const dir = path.join(outDir, "pagefind");
  const list = path.join(dir, SEARCH_PARTS_FILE);
  const others = existsSync(list) ? (JSON.parse(readFileSync(list, "utf8")) as { parts: string[] }).parts : [];
  return [dir, ...others.map((part) => path.join(dir, part))];
}

/** Every page of one part of a Pagefind index, read from its gzipped fragment files. */
export function pagesOfPart(part: string): IndexedPage[] {
  const dir = path.join(part, "fragment");
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(path.join(dir, file))).toString("utf8");
    // A fragment is a short signature followed by the page as JSON.
    return JSON.parse(text.slice(text.indexOf("{"))) as IndexedPage;
  });
}

/** Every page in a built site's Pagefind index, over all its parts. */
export function indexedPages(outDir: string): IndexedPage[] {
  return indexParts(outDir).flatMap(pagesOfPart);
}
