import type { Collections } from "../model/collections.ts";
import type { Sitemap, SitemapEntry, SitemapPart } from "../model/feed.ts";
import type { Page } from "../model/page.ts";
import type { Post, PostDate } from "../model/post.ts";
import { absoluteUrl, ROUTES, SERIES_INDEX, sitemapPartUrl } from "../model/routes.ts";
import type { Settings } from "../model/settings.ts";
import { element, xmlDocument } from "../feeds/xml.ts";

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
 * Every public page: the home page and its pages, posts, the pages of
 * `pages/` (without a date: they carry no lastmod), the archive, tags,
 * authors, series and search. Built from the same collections the pages are, so a
 * page can be in the sitemap only if it is built, and drafts never are.
 */
export function sitemapEntries(posts: readonly Post[], collections: Collections, settings: Settings, pages: readonly Page[] = []): SitemapEntry[] {
  const entry = (url: string, lastmod: PostDate | undefined): SitemapEntry => ({ url: absoluteUrl(settings.url, url), ...(lastmod ? { lastmod } : {}) });
  const everything = newest(posts);
  return [
    ...collections.home.map((page) => entry(page.url, newest([...page.pinned, ...page.items]))),
    ...posts.map((post) => entry(post.url, changed(post))),
    ...pages.map((page) => entry(page.url, undefined)),
    entry(ROUTES.archive, everything),
    entry(ROUTES.tags, everything),
    ...collections.tagPages.map((page) => entry(page.url, newest(page.items))),
    entry(ROUTES.authors, everything),
    ...collections.authorPages.map((page) => entry(page.url, newest(page.items))),
    ...(collections.series.length ? [entry(SERIES_INDEX, newest(collections.series.flatMap((series) => series.posts)))] : []),
    ...collections.series.map((series) => entry(series.url, newest(series.posts))),
    entry(ROUTES.search, everything),
  ];
}

/** The most URLs one sitemap file may list (sitemaps.org). */
export const URLS_PER_SITEMAP = 50_000;

/** Splits the entries into files of at most `limit` URLs when there are more than that. */
export function sitemapOf(entries: readonly SitemapEntry[], limit = URLS_PER_SITEMAP): Sitemap {
  if (entries.length <= limit) return { entries, parts: [] };
  const parts: SitemapPart[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    parts.push({ url: sitemapPartUrl(parts.length + 1), entries: entries.slice(start, start + limit) });
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
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, ROUTES.sitemap)}\n`;
}
