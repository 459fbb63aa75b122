import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

export interface IndexedPage {
  readonly url: string;
  readonly content: string;
}

/** Every page in a built site's Pagefind index, read from its gzipped fragment files. */
export function indexedPages(outDir: string): IndexedPage[] {
  const dir = path.join(outDir, "pagefind", "fragment");
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(path.join(dir, file))).toString("utf8");
    // A fragment is a short signature followed by the page as JSON.
    return JSON.parse(text.slice(text.indexOf("{"))) as IndexedPage;
  });
}
