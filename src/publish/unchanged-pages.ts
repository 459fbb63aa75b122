import { createHash } from "node:crypto";
import path from "node:path";
import { pageShows } from "../eleventy/page-shows.ts";
import type { PageSelection } from "../eleventy/post-pages.ts";
import { FOLDERS, outputFile } from "../model/routes.ts";
import type { Site } from "../model/site.ts";
import { linkFiles } from "./output-dir.ts";
import { documentHash, frameKey } from "./output-key.ts";

/** What the pages of a build showed: its frame key (src/publish/output-key.ts) and, by address, a hash of what each page showed. */
export interface ShownPages {
  readonly frame: string;
  readonly pages: Readonly<Record<string, string>>;
}

export interface PagesToRender {
  /** Handed to the steps that write pages: keeps the pages that must be rendered. */
  readonly select: PageSelection;
  /** Whether some pages may be left out, to be taken from the last build's output. */
  readonly reusing: boolean;
  /** What every page selected from showed, for the next build. */
  shown(): ShownPages;
}

/**
 * Which pages a production build renders, when the output folder still
 * holds exactly what the last build wrote (src/publish/output-record.ts)
 * and `before` is what its pages showed. Under the same frame, a page that
 * shows the same posts and pages as then (src/eleventy/page-shows.ts, each
 * post and page named by a hash of everything it holds) has the same bytes:
 * it is not rendered, and the old file is taken (`takeUnchanged`). Any
 * change to the frame (settings, the engine, the header's links) renders
 * every page.
 */
export function pagesToRender(site: Site, engine: string, before: ShownPages | undefined): PagesToRender {
  const frame = frameKey(site, engine);
  const previous = before?.frame === frame ? new Map(Object.entries(before.pages)) : undefined;
  const hashes = new WeakMap<object, string>();
  const identity = (value: object) => {
    let hash = hashes.get(value);
    if (hash === undefined) hashes.set(value, (hash = documentHash(value)));
    return hash;
  };
  const describe = pageShows(site, identity, { comments: true });
  const shown = new Map<string, string>();
  const select: PageSelection = (items) =>
    items.filter((item) => {
      const url = "from" in item ? item.from : item.url;
      const hash = createHash("sha256").update(describe(item)).digest("base64");
      shown.set(url, hash);
      return previous?.get(url) !== hash;
    });
  return { select, reusing: previous !== undefined, shown: () => ({ frame, pages: Object.fromEntries(shown) }) };
}

/**
 * Links into `staging` each file of the last build's output `files` (paths
 * relative to `outDir`) that this build did not write but that the site
 * still has: the pages `pagesToRender` left out, whose bytes are the same.
 * A file the site no longer has (a deleted post's page) is left behind, and
 * so is the search index, which the build writes itself.
 */
export function takeUnchanged(outDir: string, staging: string, files: readonly string[], site: Site): number {
  const kept = new Set([...site.routes.keys(), ...[...site.posts, ...site.pages].flatMap((document) => document.assets.map((asset) => outputFile(asset.to)))]);
  const search = FOLDERS.pagefind.slice(1);
  return linkFiles(
    outDir,
    staging,
    files.filter((file) => {
      const name = file.split(path.sep).join("/");
      return !name.startsWith(search) && kept.has(name);
    }),
  );
}
