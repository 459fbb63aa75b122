import type { Collections } from "../collections/index.ts";
import type { SiteConfig } from "../config/site.ts";
import type { PostDate } from "../content/dates.ts";
import type { Post } from "../content/post.ts";
import { absoluteUrl } from "../urls.ts";
import { htmlToAbsoluteUrls } from "./rss-plugin.ts";

export const FEED_URLS = { atom: "/feed.xml", rss: "/rss.xml", json: "/feed.json" } as const;

export interface FeedEntry {
  /** The post's absolute URL, which is also its permanent id. */
  readonly url: string;
  readonly title: string;
  /** Each of the post's own authors, with their author page. */
  readonly authors: readonly { readonly name: string; readonly url: string }[];
  readonly published: PostDate;
  /** The `updated` date, else the publication date. */
  readonly updated: PostDate;
  /** The whole rendered body, every link and image made absolute. */
  readonly html: string;
  readonly summary: string;
  readonly tags: readonly string[];
}

/** What the three feeds say: the same entries, written three ways. */
export interface Feed {
  readonly title: string;
  readonly subtitle: string;
  readonly language: string;
  /** Absolute URLs. */
  readonly homeUrl: string;
  readonly atomUrl: string;
  readonly rssUrl: string;
  readonly jsonUrl: string;
  /** The newest `updated` of the entries; undefined for a site without posts. */
  readonly updated?: PostDate;
  /** Newest first. */
  readonly entries: readonly FeedEntry[];
}

function later(a: PostDate, b: PostDate): PostDate {
  return b.epoch > a.epoch ? b : a;
}

/** The newest `feedSize` posts as feed entries; computed once per build and shared by all three feeds. */
export async function buildFeed(posts: readonly Post[], collections: Collections, config: SiteConfig): Promise<Feed> {
  const absolute = (url: string) => absoluteUrl(config.url, url);
  const entries = await Promise.all(
    posts.slice(0, config.feedSize).map(async (post): Promise<FeedEntry> => {
      const url = absolute(post.url);
      const authors = collections.authorsOf.get(post.id) ?? [];
      return {
        url,
        title: post.title,
        authors: authors.map((author) => ({ name: author.name, url: absolute(author.url) })),
        published: post.date,
        updated: post.updated ? later(post.date, post.updated) : post.date,
        html: await htmlToAbsoluteUrls(post.html, url),
        summary: post.excerpt,
        tags: collections.tagsOf.get(post.id)?.map((tag) => tag.name) ?? [],
      };
    }),
  );
  const updated = entries.reduce<PostDate | undefined>((newest, entry) => (newest ? later(newest, entry.updated) : entry.updated), undefined);
  return {
    title: config.title,
    subtitle: config.description,
    language: config.language,
    homeUrl: absolute("/"),
    atomUrl: absolute(FEED_URLS.atom),
    rssUrl: absolute(FEED_URLS.rss),
    jsonUrl: absolute(FEED_URLS.json),
    ...(updated ? { updated } : {}),
    entries,
  };
}
