import { runPython } from "./python.ts";

export interface ParsedFeed {
  readonly bozo: number;
  readonly bozoException: string | null;
  readonly version: string;
  readonly feed: { readonly title: string; readonly link: string; readonly subtitle: string | null };
  readonly entries: readonly {
    readonly title: string;
    readonly link: string;
    readonly id: string;
    readonly author: string | null;
    /** ISO 8601 in UTC, as feedparser read the date. */
    readonly published: string | null;
    readonly updated: string | null;
    readonly content: string;
    readonly tags: readonly string[];
  }[];
}

/** Reads a feed file with feedparser, the parser behind many feed readers. */
export function parseFeed(file: string): Promise<ParsedFeed> {
  return runPython<ParsedFeed>(
    `import calendar, datetime, feedparser, json, sys
d = feedparser.parse(sys.argv[1])
def iso(t):
    return datetime.datetime.fromtimestamp(calendar.timegm(t), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if t else None
def content(e):
    if e.get("content"):
        return e.content[0].value
    return e.get("summary", "")
print(json.dumps({
    "bozo": int(d.bozo),
    "bozoException": str(d.get("bozo_exception")) if d.bozo else None,
    "version": d.version,
    "feed": {"title": d.feed.get("title"), "link": d.feed.get("link"), "subtitle": d.feed.get("subtitle")},
    "entries": [{
        "title": e.get("title"), "link": e.get("link"), "id": e.get("id"), "author": e.get("author"),
        "published": iso(e.get("published_parsed")), "updated": iso(e.get("updated_parsed")),
        "content": content(e), "tags": [t.term for t in e.get("tags", [])],
    } for e in d.entries],
}))`,
    [file],
  );
}
