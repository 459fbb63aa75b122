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
export function sitemapEntries(site: SiteData): SitemapEntry[] {
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
