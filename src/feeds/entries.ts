import type { Collections } from "../model/collections.ts";
import type { Feed, FeedEntry, ListFeed } from "../model/feed.ts";
import type { Post, PostDate } from "../model/post.ts";
import { absoluteUrl, ROUTES } from "../model/routes.ts";
import type { Settings } from "../model/settings.ts";
import { htmlToAbsoluteUrls } from "./absolute-html.ts";

function later(a: PostDate, b: PostDate): PostDate {
  return b.epoch > a.epoch ? b : a;
}

/** A post's HTML with every link and image made absolute against `url`, the post's own absolute URL. */
export type FeedHtml = (post: Post, url: string) => Promise<string>;

/**
 * Keeps each post's feed HTML for as long as the `Post` lives: the post
 * loader hands back the same `Post` for a file that did not change, so the
 * dev server, which loads the site again after every save, makes absolute
 * only the HTML of the posts that changed. One per site URL (a loader's
 * settings), as the absolute links depend on it.
 */
export function createFeedHtml(): FeedHtml {
  const made = new WeakMap<Post, Promise<string>>();
  return (post, url) => {
    let html = made.get(post);
    if (!html) made.set(post, (html = htmlToAbsoluteUrls(post.html, url)));
    return html;
  };
}

export interface Feeds {
  /** The site's feed, written as Atom, RSS and JSON. */
  readonly feed: Feed;
  /** Each tag's, author's and series' Atom feed. */
  readonly listFeeds: readonly ListFeed[];
}

/**
 * The site's feed (its newest `feedSize` posts) and the feed of every tag,
 * author and series (their newest `feedSize` posts each), computed once per
 * build. A post in several feeds is made an entry once, and shared.
 */
export async function buildFeeds(posts: readonly Post[], collections: Collections, settings: Settings, feedHtml: FeedHtml = createFeedHtml()): Promise<Feeds> {
  const absolute = (url: string) => absoluteUrl(settings.url, url);
  const made = new Map<string, Promise<FeedEntry>>();
  const entryOf = (post: Post): Promise<FeedEntry> => {
    let entry = made.get(post.id);
    if (!entry) made.set(post.id, (entry = feedEntry(post, collections, settings, feedHtml)));
    return entry;
  };
  const feedOf = async (feedPosts: readonly Post[], fields: Omit<Feed, "entries" | "updated" | "language">): Promise<Feed> => {
    const entries = await Promise.all(feedPosts.slice(0, settings.feedSize).map(entryOf));
    const updated = entries.reduce<PostDate | undefined>((newest, entry) => (newest ? later(newest, entry.updated) : entry.updated), undefined);
    return { ...fields, language: settings.language, ...(updated ? { updated } : {}), entries };
  };
  const listFeed = async (url: string, listUrl: string, title: string, subtitle: string, listPosts: readonly Post[]): Promise<ListFeed> => ({
    url,
    feed: await feedOf(listPosts, { title: `${title} · ${settings.title}`, subtitle, homeUrl: absolute(listUrl), atomUrl: absolute(url) }),
  });

  const feed = await feedOf(posts, {
    title: settings.title,
    subtitle: settings.description,
    homeUrl: absolute("/"),
    atomUrl: absolute(ROUTES.atom),
    rssUrl: absolute(ROUTES.rss),
    jsonUrl: absolute(ROUTES.json),
  });
  const listFeeds = await Promise.all([
    ...collections.tags.map((tag) => listFeed(tag.feedUrl, tag.url, `Tagged “${tag.name}”`, `Posts tagged “${tag.name}” on ${settings.title}.`, tag.posts)),
    ...collections.authors.map((author) => listFeed(author.feedUrl, author.url, author.name, `Posts by ${author.name} on ${settings.title}.`, author.posts)),
    ...collections.series.map((series) => listFeed(series.feedUrl, series.url, `Series “${series.name}”`, `The parts of the series “${series.name}” on ${settings.title}.`, series.posts)),
  ]);
  return { feed, listFeeds };
}

/** A post as every feed carries it: the whole body with absolute links, or (`feeds: { content: "summary" }`) its summary only. */
async function feedEntry(post: Post, collections: Collections, settings: Settings, feedHtml: FeedHtml): Promise<FeedEntry> {
  const url = absoluteUrl(settings.url, post.url);
  const authors = collections.authorsOf.get(post.id) ?? [];
  return {
    url,
    title: post.title,
    authors: authors.map((author) => ({ name: author.name, url: absoluteUrl(settings.url, author.url) })),
    published: post.date,
    updated: post.updated ? later(post.date, post.updated) : post.date,
    html: settings.feeds.content === "full" ? await feedHtml(post, url) : undefined,
    summary: post.excerpt,
    tags: collections.tagsOf.get(post.id)?.map((tag) => tag.name) ?? [],
  };
}
