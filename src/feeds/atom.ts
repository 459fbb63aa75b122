import type { Feed } from "../model/feed.ts";
import { element, xmlDocument } from "./xml.ts";

/** A feed without entries still needs <updated>; the Unix epoch keeps it deterministic. */
const NO_DATE = "1970-01-01T00:00:00Z";

/**
 * An Atom 1.0 feed (RFC 4287): the site's at /feed.xml, and each tag's,
 * author's and series'. An entry without content (a site whose feeds carry
 * summaries) links to its post, as RFC 4287 asks.
 */
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
      element("updated", {}, feed.updated?.instant ?? NO_DATE),
      element("generator", {}, "Broadsheet"),
      feed.entries.map((entry) =>
        element(
          "entry",
          {},
          element("title", {}, entry.title),
          element("link", { href: entry.url, rel: "alternate", type: "text/html" }),
          element("id", {}, entry.url),
          element("published", {}, entry.published.instant),
          element("updated", {}, entry.updated.instant),
          ...entry.authors.map((author) => element("author", {}, element("name", {}, author.name), element("uri", {}, author.url))),
          entry.tags.map((tag) => element("category", { term: tag })),
          entry.summary && element("summary", {}, entry.summary),
          entry.html !== undefined && element("content", { type: "html", "xml:base": entry.url }, entry.html),
        ),
      ),
    ),
  );
}
