import type { Feed } from "../model/feed.ts";
import { xmlSafe } from "./xml.ts";

/** The JSON Feed 1.1 document at /feed.json. */
export function jsonFeed(feed: Feed): string {
  const document = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.jsonUrl,
    ...(feed.subtitle ? { description: feed.subtitle } : {}),
    language: feed.language,
    items: feed.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      // An item needs content_html or content_text: a summary-only feed gives the summary as text.
      ...(entry.html === undefined ? { content_text: entry.summary } : { content_html: entry.html }),
      ...(entry.summary ? { summary: entry.summary } : {}),
      date_published: entry.published.instant,
      date_modified: entry.updated.instant,
      authors: entry.authors.map((author) => ({ name: author.name, url: author.url })),
      ...(entry.tags.length ? { tags: entry.tags } : {}),
    })),
  };
  // JSON.stringify escapes control characters; dropping the ones XML forbids
  // too keeps the three feeds saying the same thing.
  return `${JSON.stringify(document, (_key, value: unknown) => (typeof value === "string" ? xmlSafe(value) : value), 2)}\n`;
}
