import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import { readJsonFeed } from "./json-feed.ts";
import { DEBIAN_PYTHON } from "./system-tools.ts";

/** One entry as a real feed reader understood it. */
export interface ParsedEntry {
  readonly title: string | null;
  readonly link: string | null;
  readonly id: string | null;
  /** Every author's name, in order. */
  readonly authors: readonly string[];
  /** Seconds since the epoch, as feedparser read them. */
  readonly published: number | null;
  readonly updated: number | null;
}

export interface ParsedFeed {
  /** Who read it, for the failure messages: feedparser, or the JSON Feed reader of `json-feed.ts`. */
  readonly reader: string;
  /** The reader's verdict: true when the feed is not well-formed or not a feed it could read. */
  readonly bozo: boolean;
  readonly bozoException: string | null;
  /** The reader's name of the format: `atom10`, `rss20`, `json11`, ... (empty when it recognised none). */
  readonly version: string;
  readonly title: string | null;
  readonly entries: readonly ParsedEntry[];
}

/** What a feed entry must say about a post. */
export interface ExpectedEntry {
  readonly title: string;
  /** The post's absolute URL. */
  readonly link: string;
  /** Every author, in the order the post names them. */
  readonly authors: readonly string[];
  /** Milliseconds since the epoch, as `PostDate.epoch`. */
  readonly published: number;
}

const FEEDPARSER_SCRIPT = `
import calendar, json, sys, feedparser
seconds = lambda t: calendar.timegm(t) if t else None
def read(path):
  d = feedparser.parse(path)
  return {
    "bozo": bool(d.get("bozo")),
    "bozoException": str(d["bozo_exception"]) if d.get("bozo") else None,
    "version": d.get("version") or "",
    "title": d.feed.get("title"),
    "entries": [{
      "title": e.get("title"), "link": e.get("link"), "id": e.get("id"),
      "authors": [a.get("name") for a in e.get("authors", []) if a.get("name")] or ([e["author"]] if e.get("author") else []),
      "published": seconds(e.get("published_parsed")), "updated": seconds(e.get("updated_parsed")),
    } for e in d.entries],
  }
print(json.dumps([read(path) for path in sys.argv[1:]]))
`;

/**
 * Parses feed files with Debian's python3-feedparser, the reader many feed
 * tools are built on: all of them in one run of Python (starting Python and
 * importing feedparser takes longer than reading a feed).
 */
export function parseFeeds(files: readonly string[]): Promise<ParsedFeed[]> {
  return new Promise((resolve, reject) => {
    execFile(DEBIAN_PYTHON, ["-c", FEEDPARSER_SCRIPT, ...files.map((file) => path.resolve(file))], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`feedparser could not run on ${files.join(", ")}: ${stderr || error.message}`));
      else resolve((JSON.parse(stdout) as Omit<ParsedFeed, "reader">[]).map((feed) => ({ reader: "feedparser", ...feed })));
    });
  });
}

/** Parses one feed file with feedparser (see `parseFeeds`). */
export async function parseFeed(file: string): Promise<ParsedFeed> {
  const [feed] = await parseFeeds([file]);
  if (!feed) throw new Error(`feedparser returned nothing for ${file}`);
  return feed;
}

/** The formats the sites publish, and the reader of each. */
export type FeedFormat = "atom" | "rss" | "json";

/**
 * Reads feeds as a feed reader would: Atom and RSS with feedparser (in one
 * run of Python), JSON Feed (which feedparser does not read) with the JSON
 * Feed 1.1 reader of `json-feed.ts`. The results are in the order given.
 */
export async function readFeeds(feeds: readonly { readonly file: string; readonly format: FeedFormat }[]): Promise<ParsedFeed[]> {
  const xml = feeds.filter((feed) => feed.format !== "json");
  const parsed = xml.length ? await parseFeeds(xml.map((feed) => feed.file)) : [];
  return Promise.all(feeds.map((feed) => (feed.format === "json" ? readJsonFeed(feed.file) : parsed[xml.indexOf(feed)]!)));
}

/** Reads one feed (see `readFeeds`). */
export async function readFeed(file: string, format: FeedFormat): Promise<ParsedFeed> {
  const [feed] = await readFeeds([{ file, format }]);
  return feed!;
}

/** The reader's `version` prefix for each format: any Atom or RSS, but JSON Feed 1.1 only. */
const VERSION_PREFIX: Readonly<Record<FeedFormat, string>> = { atom: "atom", rss: "rss", json: "json11" };

/**
 * What is wrong with a parsed feed, compared with the posts it must carry in
 * order; empty when a feed reader sees exactly those posts.
 */
export function feedProblems(feed: ParsedFeed, format: FeedFormat, expected: readonly ExpectedEntry[]): string[] {
  const problems: string[] = [];
  if (feed.bozo) problems.push(`${feed.reader} cannot read it cleanly (bozo): ${feed.bozoException ?? "no reason given"}`);
  if (!feed.version.startsWith(VERSION_PREFIX[format])) problems.push(`${feed.reader} reads it as "${feed.version || "not a feed"}", not ${format}`);
  if (feed.entries.length !== expected.length) problems.push(`it has ${feed.entries.length} entries; expected ${expected.length}`);
  expected.forEach((want, index) => {
    const entry = feed.entries[index];
    if (!entry) return;
    const label = `entry ${index + 1} ("${want.title}")`;
    if (entry.title !== want.title) problems.push(`${label}: title is ${JSON.stringify(entry.title)}`);
    if (entry.link !== want.link) problems.push(`${label}: link is ${JSON.stringify(entry.link)}; expected ${want.link}`);
    if (entry.authors.join(" | ") !== want.authors.join(" | ")) {
      problems.push(`${label}: authors are ${JSON.stringify(entry.authors)}; expected ${JSON.stringify(want.authors)}`);
    }
    const published = entry.published ?? entry.updated;
    if (published === null) problems.push(`${label}: has no date`);
    else if (published * 1000 !== want.published) {
      problems.push(`${label}: date is ${new Date(published * 1000).toISOString()}; expected ${new Date(want.published).toISOString()}`);
    }
  });
  return problems;
}

const FEED_LINK_TYPES = new Set(["application/atom+xml", "application/rss+xml", "application/feed+json", "application/json"]);

/**
 * The feeds a built site publishes, as site-relative URLs: files that are
 * feeds by their content, and the targets of `<link rel="alternate">` feed
 * links in its pages. Lets the gate fail on a feed nobody listed.
 */
export async function discoverFeeds(dir: string, siteUrl: string): Promise<string[]> {
  const found = new Set<string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (/\.(xml|rss|atom|json)$/i.test(entry.name)) {
      const start = (await readFile(path.join(dir, file), "utf8")).slice(0, 2048);
      if (/<(feed|rss|rdf:RDF)[\s>]/.test(start) || /"version"\s*:\s*"https:\/\/jsonfeed\.org\//.test(start)) found.add(`/${file}`);
    } else if (/\.html?$/i.test(entry.name)) {
      const $ = load(await readFile(path.join(dir, file), "utf8"));
      $('link[rel~="alternate"][href]').each((_, link) => {
        if (!FEED_LINK_TYPES.has(($(link).attr("type") ?? "").toLowerCase())) return;
        const href = $(link).attr("href") ?? "";
        // Feed links may be absolute (under the site URL) or relative to the page.
        const resolved = new URL(href, new URL(file, siteUrl)).href;
        found.add(resolved.startsWith(siteUrl) ? `/${resolved.slice(siteUrl.length).split("#")[0]}` : resolved);
      });
    }
  }
  return [...found].sort();
}
