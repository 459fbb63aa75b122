import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseFeed, type ParsedFeed } from "../helpers/feedparser.ts";
import { FIXTURES, makeSite, page, post, readOutput } from "../helpers/site.ts";
import { buildSite, type BuiltSite } from "../helpers/build.ts";

const SITE = "https://news.example.org/";

const utc = (date: string) => new Date(date).toISOString().replace(/\.000Z$/, "Z");

/**
 * Reads a JSON Feed 1.1 into the shape feedparser gives the XML feeds,
 * checking on the way what the spec requires of every item.
 */
function readJsonFeed(text: string): ParsedFeed {
  const json = JSON.parse(text) as Record<string, any>;
  const items = json.items as Record<string, any>[];
  for (const item of items) {
    expect(typeof item.id).toBe("string");
    expect(typeof item.content_html).toBe("string");
    expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  }
  return {
    bozo: 0,
    bozoException: null,
    version: json.version,
    feed: { title: json.title, link: json.home_page_url, subtitle: json.description ?? null },
    entries: items.map((item) => ({
      title: item.title,
      link: item.url,
      id: item.id,
      author: item.authors?.map((author: { name: string }) => author.name).join(", ") ?? null,
      published: utc(item.date_published),
      updated: item.date_modified ? utc(item.date_modified) : null,
      content: item.content_html,
      tags: item.tags ?? [],
    })),
  };
}
/** The fixture's four newest published posts (feedSize: 4), as its Markdown files give them. */
const EXPECTED = [
  { slug: "regional-outlook", title: "Regional Outlook", author: "Amira Haddad", published: "2021-01-05T00:00:00Z", updated: "2021-01-05T00:00:00Z", tags: ["Middle East", "posts"] },
  { slug: "collections-of-statements", title: "Collections of Statements", author: "Amira Haddad", published: "2021-01-04T00:00:00Z", updated: "2021-01-04T00:00:00Z", tags: ["Middle East", "all"] },
  { slug: "baghdad-notes", title: "Baghdad Notes", author: "Nicholas Doumouras, Jr.", published: "2021-01-03T00:00:00Z", updated: "2021-01-03T00:00:00Z", tags: ["Middle East", "Iraq"] },
  { slug: "maps-and-sources", title: "Maps and Sources", author: "Nicholas Doumouras, Jr.", published: "2021-01-02T00:00:00Z", updated: "2021-02-01T10:30:00Z", tags: ["Iraq"] },
];

describe("the Atom, RSS and JSON feeds", () => {
  const site = inject("sites").discovery;
  const feeds: Record<string, ParsedFeed> = {};
  beforeAll(async () => {
    for (const file of ["feed.xml", "rss.xml"]) feeds[file] = await parseFeed(path.join(site.outDir, file));
    // Debian's feedparser (6.0) reads no JSON Feed; the same checks run on the JSON itself.
    feeds["feed.json"] = readJsonFeed(readOutput(site.outDir, "feed.json"));
  });

  it.each([
    ["feed.xml", "atom10"],
    ["rss.xml", "rss20"],
    ["feed.json", "https://jsonfeed.org/version/1.1"],
  ])("%s parses cleanly as %s with the site's title, link and subtitle", (file, version) => {
    const feed = feeds[file]!;
    expect(feed.bozoException).toBeNull();
    expect(feed.bozo).toBe(0);
    expect(feed.version).toBe(version);
    expect(feed.feed).toEqual({ title: "Discovery Fixture", link: SITE, subtitle: "Every list page, feed and index, built from a handful of posts." });
  });

  it.each(["feed.xml", "rss.xml", "feed.json"])("%s carries the newest posts with their own titles, links, authors, dates and tags", (file) => {
    const entries = feeds[file]!.entries;
    expect(entries.map((entry) => ({ title: entry.title, link: entry.link, id: entry.id, author: entry.author, published: entry.published, tags: entry.tags }))).toEqual(
      EXPECTED.map((expected) => ({
        title: expected.title,
        link: `${SITE}posts/${expected.slug}/`,
        id: `${SITE}posts/${expected.slug}/`,
        author: expected.author,
        published: expected.published,
        tags: expected.tags,
      })),
    );
  });

  it.each(["feed.xml", "rss.xml", "feed.json"])("%s gives each entry its date of change", (file) => {
    expect(feeds[file]!.entries.map((entry) => entry.updated)).toEqual(EXPECTED.map((expected) => expected.updated));
  });

  it.each(["feed.xml", "rss.xml", "feed.json"])("%s carries the full post body with every link and image made absolute", (file) => {
    const maps = feeds[file]!.entries.find((entry) => entry.title === "Maps and Sources")!;
    expect(maps.content).toContain(`href="${SITE}posts/baghdad-notes/"`);
    expect(maps.content).toContain(`href="${SITE}posts/regional-outlook/index.html"`);
    expect(maps.content).toContain('href="https://elsewhere.example.com/page"');
    expect(maps.content).toContain("if a source is wrong");
    expect(maps.content).not.toMatch(/(href|src)="(?!https:)/);
  });

  it("gives the Atom feed an updated date from the posts, not from the build", () => {
    expect(readOutput(site.outDir, "feed.xml")).toContain("<updated>2021-02-01T10:30:00Z</updated>");
    expect(readOutput(site.outDir, "rss.xml")).toContain("<lastBuildDate>Mon, 01 Feb 2021 10:30:00 +0000</lastBuildDate>");
  });

  it("is announced in every page's head with absolute paths resolved from the page", () => {
    const $ = page(site.outDir, "posts/baghdad-notes/index.html");
    expect($('link[rel="alternate"][type="application/atom+xml"]').attr("href")).toBe("../../feed.xml");
  });
});

describe("feeds of hostile text", () => {
  const hostile = `<script>alert("x")</script> ]]> & 'apos' "quotes" \u0001\u0008\u001F end`;
  const clean = hostile.replace(/[\u0001\u0008\u001F]/g, "");
  let site: BuiltSite;
  let feeds: ParsedFeed[];
  beforeAll(async () => {
    // JSON.stringify writes the control characters as \\u escapes, which YAML's double quotes read back.
    const body = `Body with ]]> and <b>bold</b> & an \u0002 control.\n\n![A map](map.png) [Up](../y/) [Root](/about/)`;
    const map = readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png"));
    const root = makeSite({ "x.md": post({ title: hostile, author: hostile, date: "2020-01-01", slug: "x", tags: [hostile] }, body), "map.png": map });
    site = await buildSite(root);
    // The two links lead nowhere on this one-post site: the build says so, and builds it.
    expect(site.stderr.split("\n").filter(Boolean).map((line) => line.replace(/, which .*/, ""))).toEqual([
      "posts/x.md:11:19: warning: links to ../y/",
      "posts/x.md:11:31: warning: links to /about/",
      "2 warnings; the site was built.",
    ]);
    expect(site.code).toBe(0);
    feeds = [...(await Promise.all(["feed.xml", "rss.xml"].map((file) => parseFeed(path.join(site.outDir, file))))), readJsonFeed(readOutput(site.outDir, "feed.json"))];
  });

  it("still parses, with the title, author and tag as written less the characters XML forbids", () => {
    for (const feed of feeds) {
      expect(feed.bozoException).toBeNull();
      expect(feed.entries).toHaveLength(1);
      expect(feed.entries[0]).toMatchObject({ title: clean, author: clean, tags: [clean] });
      expect(feed.entries[0]?.content).toContain("Body with ]]&gt; and <b>bold</b> &amp; an  control.");
    }
  });

  it("makes images and root-relative links in the body absolute too", () => {
    for (const feed of feeds) {
      const content = feed.entries[0]?.content ?? "";
      // The image is published as processed files under /images/; every one of its URLs must be absolute.
      const imageUrls = [...content.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap((match) => match[1]!.split(",").map((candidate) => candidate.trim().split(" ")[0]!));
      expect(imageUrls.length).toBeGreaterThan(0);
      for (const url of imageUrls) expect(url).toMatch(/^https:\/\/blog\.example\.org\/images\/[^/]+\.(png|webp|avif)$/);
      expect(content).toContain('href="https://blog.example.org/posts/y/"');
      // Written from the site's root, the link is made relative to the post's page (index.html named, as every link the engine writes), then absolute.
      expect(content).toContain('href="https://blog.example.org/about/index.html"');
    }
  });

  it("never lets the hostile text become markup", () => {
    for (const file of ["feed.xml", "rss.xml"]) {
      const xml = readOutput(site.outDir, file);
      expect(xml).not.toContain("<script>");
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
    expect(JSON.parse(readOutput(site.outDir, "feed.json")).items[0].title).toBe(clean);
  });
});
