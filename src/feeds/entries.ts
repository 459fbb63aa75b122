import type { Collections } from "../model/collections.ts";
import type { Feed, FeedEntry } from "../model/feed.ts";
import type { Post, PostDate } from "../model/post.ts";
import { absoluteUrl, ROUTES } from "../model/routes.ts";
import type { Settings } from "../model/settings.ts";
import { htmlToAbsoluteUrls } from "./absolute-html.ts";

function later(a: PostDate, b: PostDate): PostDate {
  return b.epoch > a.epoch ? b : a;
}

/** The newest `feedSize` posts as feed entries; computed once per build and shared by all three feeds. */
export async function buildFeed(posts: readonly Post[], collections: Collections, settings: Settings): Promise<Feed> {
  const absolute = (url: string) => absoluteUrl(settings.url, url);
  const entries = await Promise.all(
    posts.slice(0, settings.feedSize).map(async (post): Promise<FeedEntry> => {
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
    title: settings.title,
    subtitle: settings.description,
    language: settings.language,
    homeUrl: absolute("/"),
    atomUrl: absolute(ROUTES.atom),
    rssUrl: absolute(ROUTES.rss),
    jsonUrl: absolute(ROUTES.json),
    ...(updated ? { updated } : {}),
    entries,
  };
}
