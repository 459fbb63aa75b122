import type { PostDate } from "./post.ts";

export interface FeedEntry {
  /** The post's absolute URL, which is also its permanent id. */
  readonly url: string;
  readonly title: string;
  /** Each of the post's own authors, with their author page. */
  readonly authors: readonly { readonly name: string; readonly url: string }[];
  readonly published: PostDate;
  /** The `updated` date, else the publication date. */
  readonly updated: PostDate;
  /** The whole rendered body, every link and image made absolute; undefined when the site's feeds carry summaries only (`feeds: { content: "summary" }`). */
  readonly html: string | undefined;
  readonly summary: string;
  readonly tags: readonly string[];
}

/**
 * What the Atom, RSS and JSON feeds say: the same entries, written three
 * ways. The feed of a tag, an author or a series is written as Atom only,
 * and has no `rssUrl` or `jsonUrl`.
 */
export interface Feed {
  readonly title: string;
  readonly subtitle: string;
  readonly language: string;
  /** Absolute URLs. `homeUrl` is the page the feed is the feed of. */
  readonly homeUrl: string;
  readonly atomUrl: string;
  readonly rssUrl?: string;
  readonly jsonUrl?: string;
  /** The newest `updated` of the entries; undefined for a site without posts. */
  readonly updated?: PostDate;
  /** Newest first. */
  readonly entries: readonly FeedEntry[];
}

/** The Atom feed of a tag's, an author's or a series' posts. */
export interface ListFeed {
  /** Site-relative URL of the feed file: `/tags/iraq/feed.xml`. */
  readonly url: string;
  readonly feed: Feed;
}

export interface SitemapEntry {
  /** Absolute URL. */
  readonly url: string;
  /** The newest date of change of the posts the page shows; never the build time. */
  readonly lastmod?: PostDate;
}

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
