/**
 * Every URL pattern of a Broadsheet site, written once. URLs here are
 * site-relative (`/`, `/posts/x/`, `/assets/style.css`): under the site's
 * `url`, which may carry a sub-path. A URL ending in `/` is a folder, served
 * from its `index.html`.
 */

/** The pages, feeds and files there is one of. */
export const ROUTES = {
  home: "/",
  archive: "/archive/",
  tags: "/tags/",
  authors: "/authors/",
  search: "/search/",
  notFound: "/404.html",
  atom: "/feed.xml",
  rss: "/rss.xml",
  json: "/feed.json",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
} as const;

/** The folders the engine writes into. */
export const FOLDERS = {
  /** The stylesheet, icon and scripts of `templates/assets/`, and the fonts; a moved site may keep files of its own beside them. */
  assets: "/assets/",
  /** The shipped web fonts (src/model/fonts.ts). */
  fonts: "/assets/fonts/",
  /** Processed images: `/images/<hash>-<width>.<format>`. */
  images: "/images/",
  /** Pagefind's index and search box, written by the production build. */
  pagefind: "/pagefind/",
} as const;

/**
 * Folders whose every file belongs to the engine. Not `/assets/` as a
 * whole: Jekyll sites keep their pictures in `/assets/images/`, and a
 * moved site's `public/assets/` may sit beside the theme's own files
 * (`THEME_FILES`), which are claimed one by one.
 */
export const ENGINE_FOLDERS = [FOLDERS.fonts, FOLDERS.images, FOLDERS.pagefind] as const;

/** Beside Pagefind's index in `/pagefind/`: the folders, relative to it, of the index's other parts, which the search page merges in. */
export const SEARCH_PARTS_FILE = "parts.json";

/** The folder of one part of the search index, relative to `/pagefind/`: the first part is Pagefind's own bundle. */
export function searchPartFolder(part: number): string {
  return part === 0 ? "" : `part-${part}/`;
}

/** The files of `templates/assets/` the pages link to. */
export const ASSETS = {
  stylesheet: `${FOLDERS.assets}style.css`,
  icon: `${FOLDERS.assets}favicon.svg`,
  searchScript: `${FOLDERS.assets}search.js`,
  /** The one loader of what another host shows only when the reader asks: comments, video players. */
  embedsScript: `${FOLDERS.assets}embeds.js`,
  pagefindScript: `${FOLDERS.pagefind}pagefind-ui.js`,
  pagefindStylesheet: `${FOLDERS.pagefind}pagefind-ui.css`,
} as const;

/** Every file of `templates/assets/`, each published at `/assets/<name>`. */
export const THEME_FILES = [ASSETS.stylesheet, ASSETS.icon, ASSETS.searchScript, ASSETS.embedsScript] as const;

/**
 * The address a link to another post is written with until every post is
 * known (`{% post_url %}`, `{{< ref >}}`): `broadsheet-post:/<line>/<kind>/<target>`,
 * replaced by the post's own address when the site is loaded.
 */
export const POST_REFERENCE = "broadsheet-post:/";

/** Where posts are published unless the settings say otherwise (`permalink`). */
export const DEFAULT_PERMALINK = "/posts/:slug/";

/**
 * The parts a permalink pattern may name, as Jekyll and Hugo spell them:
 * `:slug` (`:title` is the same, as in Jekyll), the post's `:year`, `:month`
 * and `:day` (two digits), `:i_month` and `:i_day` (without a leading zero)
 * and `:short_year`.
 */
export const PERMALINK_PARTS = ["year", "short_year", "month", "i_month", "day", "i_day", "slug", "title"] as const;
const PART = /:(short_year|year|i_month|month|i_day|day|slug|title)(?![a-z_])/g;

/**
 * A post's address: the site's permalink pattern filled in with its slug and
 * the calendar day it was written on (`2020-07-13`). `/posts/:slug/` by default.
 */
export function postUrl(slug: string, day = "", pattern: string = DEFAULT_PERMALINK): string {
  const [year = "", month = "", date = ""] = day.split("-");
  const parts: Record<string, string> = {
    year,
    short_year: year.slice(2),
    month,
    i_month: String(Number(month) || ""),
    day: date,
    i_day: String(Number(date) || ""),
    slug,
    title: slug,
  };
  return pattern.replace(PART, (_, name: string) => parts[name]!);
}

/** A page of `pages/`, at its path under the site: `/about/`, `/docs/setup/`. */
export function pageUrl(path: string): string {
  return `/${path}/`;
}

/** A file of the static folder, at its path under the site: `public/.well-known/security.txt` at `/.well-known/security.txt`. */
export function staticFileUrl(path: string): string {
  return `/${path}`;
}

export function tagUrl(slug: string): string {
  return `${ROUTES.tags}${slug}/`;
}

export function authorUrl(slug: string): string {
  return `${ROUTES.authors}${slug}/`;
}

/** The list of every series. Unlike the pages of `ROUTES`, it is only written on a site that has a series. */
export const SERIES_INDEX = "/series/";

export function seriesUrl(slug: string): string {
  return `${SERIES_INDEX}${slug}/`;
}

/** The Atom feed of a tag's, an author's or a series' posts, inside the list's folder: `/tags/iraq/feed.xml`. */
export function listFeedUrl(listUrl: string): string {
  return `${listUrl}feed.xml`;
}

/** Page `number` of the list at `listUrl`: page 1 is the list itself, later pages live under it (`/page/2/`, `/tags/iraq/page/2/`). */
export function listPageUrl(listUrl: string, number: number): string {
  return number <= 1 ? listUrl : `${listUrl}page/${number}/`;
}

/** Part `number` of a sitemap split into files of 50,000 URLs, which `/sitemap.xml` then indexes. */
export function sitemapPartUrl(number: number): string {
  return `/sitemap-${number}.xml`;
}

/** Where a static comment is shown: its post's page, at the comment's own anchor. */
export function commentsUrl(postPageUrl: string): string {
  return `${postPageUrl}#comments`;
}

/** The file a URL is written to, relative to the output folder: `posts/x/index.html` for `/posts/x/`. */
export function outputFile(url: string): string {
  const file = url.endsWith("/") ? `${url}index.html` : url;
  return file.replace(/^\/+/, "");
}

/**
 * The name under which a file system that ignores case and Unicode
 * normalisation (macOS and Windows, by default) stores the file of `url`:
 * `/Posts/About/` and `/posts/about/index.html` are one file there, so they
 * are one address everywhere, and a build is the same on every machine.
 */
export function fileKey(url: string): string {
  return outputFile(url).normalize("NFC").toLowerCase();
}

/**
 * A link from the page at `fromUrl` to `toUrl`, relative, so the built site
 * works from disk (file://) and under any sub-path without rewriting. Links
 * to a folder name its index.html, which a browser opening files from disk needs.
 */
export function relativeHref(fromUrl: string, toUrl: string): string {
  const hashAt = toUrl.indexOf("#");
  const fragment = hashAt === -1 ? "" : toUrl.slice(hashAt);
  const target = hashAt === -1 ? toUrl : toUrl.slice(0, hashAt);
  if (target === "" || target === fromUrl) return fragment || (fromUrl.endsWith("/") ? "index.html" : lastSegment(fromUrl));

  const fromDir = fromUrl.slice(0, fromUrl.lastIndexOf("/") + 1).split("/").filter(Boolean);
  const toParts = outputFile(target).split("/").filter(Boolean);
  let common = 0;
  while (common < fromDir.length && common < toParts.length - 1 && fromDir[common] === toParts[common]) common++;
  const up = "../".repeat(fromDir.length - common);
  return `${up}${toParts.slice(common).join("/")}${fragment}`;
}

function lastSegment(url: string): string {
  return url.slice(url.lastIndexOf("/") + 1);
}

/** The absolute URL of a site-relative one, under the site's base URL (which carries any sub-path). */
export function absoluteUrl(baseUrl: string, siteUrl: string): string {
  return new URL(siteUrl.replace(/^\//, ""), baseUrl).href;
}

/**
 * The path from the server's root of a site-relative URL: `/blog/archive/` for
 * `/archive/` on a site whose base URL is `https://example.com/blog/`. For the
 * one page served at arbitrary paths (404), where relative links would break.
 */
export function rootRelativeUrl(baseUrl: string, siteUrl: string): string {
  const url = new URL(siteUrl.replace(/^\//, ""), baseUrl);
  return `${url.pathname}${url.search}${url.hash}`;
}
