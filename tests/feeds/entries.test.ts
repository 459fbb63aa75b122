import { describe, expect, it } from "vitest";
import { buildCollections } from "../../src/collections/index.ts";
import { validateSettings } from "../../src/content/settings.ts";
import { buildFeeds, createFeedHtml } from "../../src/feeds/entries.ts";
import type { Post } from "../../src/model/post.ts";
import type { SettingsInput } from "../../src/model/settings.ts";
import { makePost } from "../helpers/posts.ts";

/** Newest first, as the site hands them on. */
const POSTS: Post[] = [
  { ...makePost({ slug: "c", date: "2020-03-01", tags: ["Iraq"], series: "Press", author: "Ann" }), html: '<p><a href="../a/">Part one</a></p>', excerpt: "C's summary." },
  makePost({ slug: "b", date: "2020-02-01", tags: ["iraq", "Maps"], author: "Ben" }),
  makePost({ slug: "a", date: "2020-01-01", series: "Press", author: "Ann" }),
];

function feedsOf(settings: Partial<SettingsInput> = {}, feedHtml = createFeedHtml()) {
  const config = validateSettings({ title: "Site", url: "https://example.com/blog/", feedSize: 2, ...settings });
  return buildFeeds(POSTS, buildCollections(POSTS, config, []), config, feedHtml);
}

describe("buildFeeds", () => {
  it("makes a feed of the newest posts for every tag, author and series, each linked to its page", async () => {
    const { listFeeds } = await feedsOf();
    expect(listFeeds.map((list) => [list.url, list.feed.homeUrl, list.feed.atomUrl, list.feed.title, list.feed.entries.map((entry) => entry.url.slice(-3))])).toEqual([
      ["/tags/iraq/feed.xml", "https://example.com/blog/tags/iraq/", "https://example.com/blog/tags/iraq/feed.xml", "Tagged “Iraq” · Site", ["/c/", "/b/"]],
      ["/tags/maps/feed.xml", "https://example.com/blog/tags/maps/", "https://example.com/blog/tags/maps/feed.xml", "Tagged “Maps” · Site", ["/b/"]],
      ["/authors/ann/feed.xml", "https://example.com/blog/authors/ann/", "https://example.com/blog/authors/ann/feed.xml", "Ann · Site", ["/c/", "/a/"]],
      ["/authors/ben/feed.xml", "https://example.com/blog/authors/ben/", "https://example.com/blog/authors/ben/feed.xml", "Ben · Site", ["/b/"]],
      ["/series/press/feed.xml", "https://example.com/blog/series/press/", "https://example.com/blog/series/press/feed.xml", "Series “Press” · Site", ["/c/", "/a/"]],
    ]);
    // Only the site's own feed is also written as RSS and JSON.
    expect(listFeeds.every((list) => list.feed.rssUrl === undefined && list.feed.jsonUrl === undefined)).toBe(true);
  });

  it("shares one entry between the feeds a post is in", async () => {
    const { feed, listFeeds } = await feedsOf();
    expect(listFeeds[0]!.feed.entries[0]).toBe(feed.entries[0]);
  });

  it("carries the whole post with absolute links by default, and only the summary with feeds: { content: summary }", async () => {
    const full = await feedsOf();
    expect(full.feed.entries[0]).toMatchObject({ html: '<p><a href="https://example.com/blog/posts/a/">Part one</a></p>', summary: "C's summary." });
    const summary = await feedsOf({ feeds: { content: "summary" } });
    expect(summary.feed.entries[0]?.html).toBeUndefined();
    expect(summary.feed.entries[0]?.summary).toBe("C's summary.");
  });

  it("makes each post's HTML absolute once for as long as the post lives", async () => {
    const feedHtml = createFeedHtml();
    const post = POSTS[0]!;
    const first = feedHtml(post, "https://example.com/blog/posts/c/");
    expect(feedHtml(post, "https://example.com/blog/posts/c/")).toBe(first);
    // A changed file is a new Post: its HTML is made again.
    expect(feedHtml({ ...post }, "https://example.com/blog/posts/c/")).not.toBe(first);
  });
});
