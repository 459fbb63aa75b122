import type { SiteData } from "../build/site-data.ts";
import type { PostDate } from "../content/dates.ts";
import type { Post } from "../content/post.ts";
import { element, xmlDocument } from "../feeds/xml.ts";
import { PAGES } from "../pages.ts";
import { absoluteUrl } from "../urls.ts";

export interface SitemapEntry {
  /** Absolute URL. */
  readonly url: string;
  /** The newest date of change of the posts the page shows; never the build time. */
  readonly lastmod?: PostDate;
}

function changed(post: Post): PostDate {
  return post.updated && post.updated.epoch > post.date.epoch ? post.updated : post.date;
}

function newest(posts: readonly Post[]): PostDate | undefined {
  let best: PostDate | undefined;
  for (const post of posts) {
    const date = changed(post);
    if (!best || date.epoch > best.epoch) best = date;
  }
  return best;
}

/**
 * Every public page: the home page and its pages, posts, the archive, tags,
 * authors and search. Built from the same collections the pages are, so a
 * page can be in the sitemap only if it is built, and drafts never are.
 */
export function sitemapEntries(site: Pick<SiteData, "posts" | "collections" | "config">): SitemapEntry[] {
  const { posts, collections, config } = site;
  const entry = (url: string, lastmod: PostDate | undefined): SitemapEntry => ({ url: absoluteUrl(config.url, url), ...(lastmod ? { lastmod } : {}) });
  const everything = newest(posts);
  return [
    ...collections.home.map((page) => entry(page.url, newest(page.items))),
    ...posts.map((post) => entry(post.url, changed(post))),
    entry(PAGES.archive, everything),
    entry(PAGES.tags, everything),
    ...collections.tagPages.map((page) => entry(page.url, newest(page.items))),
    entry(PAGES.authors, everything),
    ...collections.authorPages.map((page) => entry(page.url, newest(page.items))),
    entry(PAGES.search, everything),
  ];
}

/** The most URLs one sitemap file may list (sitemaps.org). */
export const URLS_PER_SITEMAP = 50_000;

export interface SitemapPart {
  /** Site-relative: `/sitemap-1.xml`. */
  readonly url: string;
  readonly entries: readonly SitemapEntry[];
}

export interface Sitemap {
  /** Every public URL; sitemap.xml lists them itself when they fit in one file. */
  readonly entries: readonly SitemapEntry[];
  /** When they do not: the files they are split into, which sitemap.xml then indexes. Empty otherwise. */
  readonly parts: readonly SitemapPart[];
}

/** Splits the entries into files of at most `limit` URLs when there are more than that. */
export function sitemapOf(entries: readonly SitemapEntry[], limit = URLS_PER_SITEMAP): Sitemap {
  if (entries.length <= limit) return { entries, parts: [] };
  const parts: SitemapPart[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    parts.push({ url: `/sitemap-${parts.length + 1}.xml`, entries: entries.slice(start, start + limit) });
  }
  return { entries, parts };
}

/** sitemap.xml when the URLs are split: each part by its absolute URL, with the newest change among its pages. */
export function sitemapIndexXml(parts: readonly SitemapPart[], siteUrl: string): string {
  const newestOf = (entries: readonly SitemapEntry[]) =>
    entries.reduce<PostDate | undefined>((best, entry) => (entry.lastmod && (!best || entry.lastmod.epoch > best.epoch) ? entry.lastmod : best), undefined);
  return xmlDocument(
    element(
      "sitemapindex",
      { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" },
      parts.map((part) => {
        const lastmod = newestOf(part.entries);
        return element("sitemap", {}, element("loc", {}, absoluteUrl(siteUrl, part.url)), lastmod && element("lastmod", {}, lastmod.instant));
      }),
    ),
  );
}

/** The sitemap protocol's XML (sitemaps.org 0.9). */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  return xmlDocument(
    element(
      "urlset",
      { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" },
      entries.map((entry) => element("url", {}, element("loc", {}, entry.url), entry.lastmod && element("lastmod", {}, entry.lastmod.instant))),
    ),
  );
}

/** Lets every crawler in and names the sitemap by its absolute URL. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, PAGES.sitemap)}\n`;
}
