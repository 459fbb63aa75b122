import type { Collections } from "../model/collections.ts";
import type { Sitemap } from "../model/feed.ts";
import type { Page } from "../model/page.ts";
import type { Post } from "../model/post.ts";
import type { Problem } from "../model/problem.ts";
import { ASSETS, ENGINE_FOLDERS, fileKey, FOLDERS, outputFile, ROUTES, SERIES_INDEX, THEME_FILES } from "../model/routes.ts";
import type { StaticFile } from "../model/site.ts";

/** Who owns each page there is one of, as problems name it. */
const SINGLE_PAGES: Readonly<Record<keyof typeof ROUTES, string>> = {
  home: "the home page",
  archive: "the archive",
  tags: "the list of tags",
  authors: "the list of authors",
  search: "the search page",
  notFound: "the not-found page",
  atom: "the Atom feed",
  rss: "the RSS feed",
  json: "the JSON feed",
  sitemap: "the sitemap",
  robots: "robots.txt",
};

const THEME_FILE_OWNERS: Readonly<Record<(typeof THEME_FILES)[number], string>> = {
  [ASSETS.stylesheet]: "the theme's stylesheet",
  [ASSETS.icon]: "the theme's icon",
  [ASSETS.searchScript]: "the search page's script",
  [ASSETS.embedsScript]: "the theme's loader of comments and videos",
};

/** Who owns each folder of the engine's, as problems name it. */
const FOLDER_OWNERS: Readonly<Record<(typeof ENGINE_FOLDERS)[number], string>> = {
  [FOLDERS.fonts]: "the theme's fonts",
  [FOLDERS.images]: "the processed images",
  [FOLDERS.pagefind]: "the search index",
};

/** The part of the site that decides its addresses. */
export interface RouteInput {
  readonly posts: readonly Post[];
  /** Every page of `pages/`, drafts included. */
  readonly pages: readonly Page[];
  readonly collections: Collections;
  readonly sitemap: Sitemap;
  /** The files of `public/`, copied as they are. */
  readonly staticFiles: readonly StaticFile[];
}

export interface RouteTable {
  /** Every file the build writes, by its path in the output folder, with what it belongs to. */
  readonly routes: Map<string, string>;
  /** Each second claim on an address, naming both claimants. */
  readonly problems: Problem[];
}

/** What already holds an address that a new claim wants, and how the two meet. */
interface Holder {
  /** A post's source path, or a name such as "the Atom feed". */
  readonly owner: string;
  /** The holder's own address, as it was written. */
  readonly url: string;
  /**
   * `same`: the same file (`/x/` and `/x/index.html`, or spellings that differ
   * only in case); `file-above`: the holder is a file where the claim needs a
   * folder (`/feed.xml` against `/feed.xml/`); `folder`: the claim's file
   * would be a folder the holder's files are in; `engine`: the claim is in a
   * folder whose every file belongs to the engine (`/pagefind/`).
   */
  readonly meets: "same" | "file-above" | "folder" | "engine";
}

/** How a holder is named in a problem: "the Atom feed", "the search index (/pagefind/)", ... */
function describe(holder: Holder, claimed: string): string {
  switch (holder.meets) {
    case "same":
      return outputFile(holder.url) === outputFile(claimed) ? holder.owner : `${holder.owner}, at ${holder.url} (the same file where case is ignored, as on macOS and Windows)`;
    case "file-above":
      return `${holder.owner}, whose file ${holder.url} would have to be a folder`;
    case "folder":
      return `a folder holding ${holder.url} (${holder.owner})`;
    case "engine":
      return `${holder.owner} (${holder.url})`;
  }
}

/**
 * Every address of the site and what owns it, before anything is written:
 * the engine's own pages and folders first, then the posts' pages, the
 * list pages, the files beside folder posts and the posts' old addresses.
 * An address is a file in the output folder, so `/x/`, `/x/index.html` and,
 * as macOS and Windows store files, `/X/` are one address; a file where
 * another address needs a folder (`/feed.xml` and `/feed.xml/`) is a clash
 * too. A second claim on one is a problem naming both, never a page written
 * over another or a build that fails half-way.
 */
export function routeTable({ posts, pages, collections, sitemap, staticFiles }: RouteInput): RouteTable {
  const routes = new Map<string, string>();
  const problems: Problem[] = [];
  const sources = new Set([...posts, ...pages].map((document) => document.sourcePath));
  /** Each claimed file by its key, and each folder the claimed files are in, by key, with one file in it. */
  const files = new Map<string, { owner: string; url: string }>();
  const folders = new Map<string, { owner: string; url: string }>();

  /** `sharesImages`: a file of public/ may be in /images/ beside the processed images, whose names (a hash and a width) it cannot take. */
  const holderOf = (url: string, sharesImages = false): Holder | undefined => {
    const key = fileKey(url);
    for (const owned of ENGINE_FOLDERS) {
      if (sharesImages && owned === FOLDERS.images) continue;
      const folder = owned.slice(1).toLowerCase();
      if (key.startsWith(folder) || key === folder.slice(0, -1)) return { owner: FOLDER_OWNERS[owned], url: owned, meets: "engine" };
    }
    const same = files.get(key);
    if (same) return { ...same, meets: "same" };
    const inside = folders.get(key);
    if (inside) return { ...inside, meets: "folder" };
    const parts = key.split("/");
    for (let depth = 1; depth < parts.length; depth++) {
      const above = files.get(parts.slice(0, depth).join("/"));
      if (above) return { ...above, meets: "file-above" };
    }
    return undefined;
  };
  const claim = (url: string, owner: string, clash: (holder: Holder) => Problem, sharesImages = false) => {
    const holder = holderOf(url, sharesImages);
    if (holder) {
      problems.push(clash(holder));
      return;
    }
    const key = fileKey(url);
    routes.set(outputFile(url), owner);
    files.set(key, { owner, url });
    const parts = key.split("/");
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join("/");
      if (!folders.has(folder)) folders.set(folder, { owner, url });
    }
  };
  const engine = (url: string, owner: string) =>
    claim(url, owner, (holder) => ({ file: "(engine)", message: `${owner} and ${describe(holder, url)} both want ${url}` }));

  for (const [name, url] of Object.entries(ROUTES) as [keyof typeof ROUTES, string][]) engine(url, SINGLE_PAGES[name]);
  for (const url of THEME_FILES) engine(url, THEME_FILE_OWNERS[url]);
  for (const post of posts) {
    claim(post.url, post.sourcePath, (holder) => ({
      file: post.sourcePath,
      field: "slug",
      message: `gives the URL ${post.url}, which ${describe(holder, post.url)} has already; expected each address to belong to one post (set slug: in one of them)`,
    }));
  }
  for (const page of pages) {
    claim(page.url, page.sourcePath, (holder) => ({
      file: page.sourcePath,
      message: `gives the URL ${page.url}, which ${describe(holder, page.url)} has already; expected each address to belong to one page (rename or move ${page.sourcePath})`,
    }));
  }
  for (const page of collections.home.slice(1)) engine(page.url, `page ${page.number} of the home page`);
  for (const page of collections.tagPages) engine(page.url, `the page of the tag “${page.tag.name}”${page.number > 1 ? `, page ${page.number}` : ""}`);
  for (const page of collections.authorPages) engine(page.url, `the page of ${page.author.name}${page.number > 1 ? `, page ${page.number}` : ""}`);
  for (const tag of collections.tags) engine(tag.feedUrl, `the feed of the tag “${tag.name}”`);
  for (const author of collections.authors) engine(author.feedUrl, `the feed of ${author.name}`);
  if (collections.series.length) engine(SERIES_INDEX, "the list of series");
  for (const series of collections.series) {
    engine(series.url, `the page of the series “${series.name}”`);
    engine(series.feedUrl, `the feed of the series “${series.name}”`);
  }
  for (const part of sitemap.parts) engine(part.url, "the sitemap");
  for (const document of [...posts, ...pages]) {
    const kind = "slug" in document ? "post" : "page";
    for (const asset of document.assets) {
      if (asset.to.startsWith(FOLDERS.images)) continue; // processed images: named by their content, shared by every post that shows them
      claim(asset.to, asset.source ? `the file ${asset.source} of ${document.sourcePath}` : document.sourcePath, (holder) => ({
        file: document.sourcePath,
        message: `publishes ${asset.source ?? "a file"} at ${asset.to}, which is ${holder.owner === document.sourcePath && holder.meets === "same" ? `the ${kind}'s own page` : describe(holder, asset.to)}; expected no file there (rename or remove ${asset.source ?? "it"})`,
      }));
    }
  }
  for (const file of staticFiles) {
    claim(
      file.url,
      file.source,
      (holder) => ({
        file: file.source,
        message: `would be copied to ${file.url}, which ${describe(holder, file.url)} has already; expected each address to belong to one file (rename or remove ${file.source})`,
      }),
      true,
    );
  }
  for (const post of [...posts, ...pages]) {
    for (const old of post.redirects) {
      claim(old.url, post.sourcePath, (holder) => ({
        file: post.sourcePath,
        ...(old.line === undefined ? {} : { line: old.line, column: old.column }),
        field: old.field,
        message:
          sources.has(holder.owner) && holder.meets === "same"
            ? `gives the URL ${old.url}, which ${describe(holder, old.url)} has already; expected each address to belong to one post (remove the old address from one of them)`
            : `gives the URL ${old.url}, which is ${describe(holder, old.url)}; expected an old address that no page or file of this site uses`,
      }));
    }
  }
  return { routes, problems };
}
