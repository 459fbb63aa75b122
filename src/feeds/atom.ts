import type { Feed } from "./entries.ts";
import { dateToRfc3339 } from "./rss-plugin.ts";
import { element, xmlDocument } from "./xml.ts";

/** The Atom 1.0 feed (RFC 4287) at /feed.xml. */
export function atomFeed(feed: Feed): string {
  return xmlDocument(
    element(
      "feed",
      { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": feed.language },
      element("title", {}, feed.title),
      feed.subtitle && element("subtitle", {}, feed.subtitle),
      element("link", { href: feed.atomUrl, rel: "self", type: "application/atom+xml" }),
      element("link", { href: feed.homeUrl, rel: "alternate", type: "text/html" }),
      element("id", {}, feed.homeUrl),
      // A feed without entries still needs <updated>; the Unix epoch keeps it deterministic.
      element("updated", {}, dateToRfc3339(feed.updated?.epoch ?? 0)),
      element("generator", {}, "Broadsheet"),
      feed.entries.map((entry) =>
        element(
          "entry",
          {},
          element("title", {}, entry.title),
          element("link", { href: entry.url, rel: "alternate", type: "text/html" }),
          element("id", {}, entry.url),
          element("published", {}, dateToRfc3339(entry.published.epoch)),
          element("updated", {}, dateToRfc3339(entry.updated.epoch)),
          ...entry.authors.map((author) => element("author", {}, element("name", {}, author.name), element("uri", {}, author.url))),
          entry.tags.map((tag) => element("category", { term: tag })),
          entry.summary && element("summary", {}, entry.summary),
          element("content", { type: "html", "xml:base": entry.url }, entry.html),
        ),
      ),
    ),
  );
}
