import type { Feed } from "../model/feed.ts";
import { rfc822 } from "./rfc822.ts";
import { element, xmlDocument } from "./xml.ts";

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => HTML_ENTITIES[char]!);
}

/**
 * The RSS 2.0 feed at /rss.xml. RSS's own <author> must be an e-mail
 * address, so each entry names its author with Dublin Core's <dc:creator>.
 */
export function rssFeed(feed: Feed): string {
  return xmlDocument(
    element(
      "rss",
      { version: "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom", "xmlns:dc": "http://purl.org/dc/elements/1.1/" },
      element(
        "channel",
        {},
        element("title", {}, feed.title),
        element("link", {}, feed.homeUrl),
        element("description", {}, feed.subtitle || feed.title),
        element("language", {}, feed.language),
        element("atom:link", { href: feed.rssUrl, rel: "self", type: "application/rss+xml" }),
        feed.updated && element("lastBuildDate", {}, rfc822(feed.updated)),
        element("generator", {}, "Broadsheet"),
        feed.entries.map((entry) =>
          element(
            "item",
            {},
            element("title", {}, entry.title),
            element("link", {}, entry.url),
            element("guid", { isPermaLink: "true" }, entry.url),
            ...entry.authors.map((author) => element("dc:creator", {}, author.name)),
            element("pubDate", {}, rfc822(entry.published)),
            // RSS 2.0 has no date of change; Atom's <updated> is the one readers know.
            element("atom:updated", {}, entry.updated.instant),
            entry.tags.map((tag) => element("category", {}, tag)),
            // Summaries are plain text; RSS readers read the description as HTML.
            element("description", {}, entry.html ?? escapeHtml(entry.summary)),
          ),
        ),
      ),
    ),
  );
}
