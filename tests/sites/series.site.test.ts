import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "../helpers/build.ts";
import { parseFeed } from "../helpers/feedparser.ts";
import { formatProblem } from "../../src/model/problem.ts";
import { loadSite } from "../../src/site/load.ts";
import { makeSite, page, post, readOutput } from "../helpers/site.ts";

/**
 * Series, pinned posts and the feeds of each list, as a writer uses them and
 * as a careless one does: a draft and a scheduled post in a series, a pinned
 * draft, a series of one post, a series named like a tag, and feeds of
 * summaries only.
 */
const POSTS = {
  // "Reading the Press": parts 1 and 2 numbered, part 3 by date; a draft and a scheduled post would be parts too.
  "press-intro.md": post({ title: "Press Intro", author: "Ann Writer", date: "2021-03-01", series: "Reading the Press", seriesOrder: 1, tags: ["Iraq"] }, "Why the press matters & more."),
  "press-sources.md": post({ title: "Press Sources", author: "Ann Writer", date: "2021-01-01", series: "Reading the Press", seriesOrder: 2 }, "Where the papers get their news."),
  "press-later.md": post({ title: "Press Later", author: "Ann Writer", date: "2021-02-01", series: "Reading the Press" }, "A part without a number comes last."),
  "press-draft.md": post({ title: "Press Draft Inkwell", author: "Ann Writer", date: "2021-02-02", series: "Reading the Press", seriesOrder: 4, draft: true }, "Not yet."),
  "press-future.md": post({ title: "Press Future Lodestar", author: "Ann Writer", date: "2099-01-01", series: "Reading the Press", seriesOrder: 5 }, "Not yet either."),
  // A series named like a tag, of one post.
  "iraq-series.md": post({ title: "Iraq Alone", author: "Ben Writer", date: "2020-06-01", series: "Iraq", tags: ["Iraq"] }, "One post of its series."),
  // Pinned: an old post, and a draft.
  "old-pinned.md": post({ title: "Old Pinned", author: "Ben Writer", date: "2019-01-01", pinned: true }, "Start here."),
  "pinned-draft.md": post({ title: "Pinned Draft Quillon", author: "Ben Writer", date: "2021-04-01", pinned: true, draft: true }, "Never shown."),
  "filler.md": post({ title: "Filler", author: "Ben Writer", date: "2020-01-01" }, "Filler."),
};

const UNPUBLISHED = ["Inkwell", "Lodestar", "Quillon", "press-draft", "press-future", "pinned-draft"];

describe("a site with series, pinned posts and summary feeds", () => {
  let built: BuiltSite;
  beforeAll(async () => {
    built = await buildSite(makeSite(POSTS, { pageSize: 3, feeds: { content: "summary" } }), { now: "2026-01-01" });
  });
  const html = (file: string) => page(built.outDir, file);

  it("builds, warning only about the series of one post", () => {
    expect(built.code).toBe(0);
    expect(built.stderr).toContain('posts/iraq-series.md:5:1: warning: series: "Iraq" has no other post; expected two or more posts in a series (is the name spelt as in the other parts?)');
    expect(built.stderr.match(/warning:/g)).toHaveLength(1);
  });

  it("shows each part as part N of the published parts, with every part linked in reading order and itself marked", () => {
    const $ = html("posts/press-later/index.html");
    const nav = $("nav.series-parts");
    expect(nav.attr("aria-labelledby")).toBe("series-heading");
    expect($("#series-heading").text()).toBe("Part 3 of 3 in Reading the Press");
    expect($("#series-heading a").attr("href")).toBe("../../series/reading-the-press/index.html");
    expect(nav.find("ol li a").map((_, a) => $(a).text()).get()).toEqual(["Press Intro", "Press Sources", "Press Later"]);
    expect(nav.find('[aria-current="page"]').text()).toBe("Press Later");
    expect(nav.find('[aria-current="page"]').attr("href")).toBe("index.html");
    expect(html("posts/press-intro/index.html")("#series-heading").text()).toBe("Part 1 of 3 in Reading the Press");
    expect(html("posts/filler/index.html")("nav.series-parts").length).toBe(0);
  });

  it("lists a series' parts in reading order on its page, with its feed announced and linked", () => {
    const $ = html("series/reading-the-press/index.html");
    expect($("h1").text()).toBe("Series “Reading the Press”");
    expect($("main ol.post-list > li h2 a").map((_, a) => $(a).text()).get()).toEqual(["Press Intro", "Press Sources", "Press Later"]);
    expect($('head link[rel="alternate"][title="Series “Reading the Press” (Atom)"]').attr("href")).toBe("feed.xml");
    expect($('main a[href="feed.xml"]').text()).toBe("Subscribe to this series (Atom feed)");
  });

  it("lists every series on /series/, and keeps a series named like a tag apart from the tag", () => {
    const $ = html("series/index.html");
    expect($("main .tag-index a").map((_, a) => [[$(a).text(), $(a).attr("href")]]).get()).toEqual([
      ["Iraq", "iraq/index.html"],
      ["Reading the Press", "reading-the-press/index.html"],
    ]);
    expect(html("series/iraq/index.html")("main h2 a").text()).toBe("Iraq Alone");
    expect(html("tags/iraq/index.html")("main h2 a").map((_, a) => $(a).text()).get()).toEqual(["Press Intro", "Iraq Alone"]);
    expect(html("posts/iraq-series/index.html")("#series-heading").text()).toBe("Part 1 of 1 in Iraq");
  });

  it("shows the pinned post first on page 1, marked in words, and in its place by date everywhere else", () => {
    const home = html("index.html");
    const titles = (list: ReturnType<typeof home>) => list.find("h2 a").map((_, a) => home(a).text()).get();
    expect(titles(home("main .post-list.pinned-posts"))).toEqual(["Old Pinned"]);
    expect(home("main .pinned-posts .pinned-label").text()).toBe("Pinned");
    expect(titles(home("main .post-list:not(.pinned-posts)"))).toEqual(["Press Intro", "Press Later", "Press Sources"]);
    const last = html("page/2/index.html");
    expect(last("main .pinned-posts").length).toBe(0);
    expect(last("main .post-list h2 a").map((_, a) => last(a).text()).get()).toEqual(["Iraq Alone", "Filler", "Old Pinned"]);
    const archive = readOutput(built.outDir, "archive/index.html");
    expect(archive.indexOf("Filler")).toBeLessThan(archive.indexOf("Old Pinned"));
    expect(archive).not.toContain("Pinned</p>");
  });

  it("never shows a draft or scheduled post, of a series or pinned, anywhere", () => {
    for (const file of ["index.html", "page/2/index.html", "archive/index.html", "series/reading-the-press/index.html", "series/reading-the-press/feed.xml", "feed.xml", "rss.xml", "feed.json", "sitemap.xml"]) {
      const text = readOutput(built.outDir, file);
      for (const word of UNPUBLISHED) expect(text.includes(word), `${file} mentions ${word}`).toBe(false);
    }
  });

  it("publishes an Atom feed per tag, author and series, each announced in its page's head and linked from it", async () => {
    const lists = [
      { page: "tags/iraq/index.html", feed: "tags/iraq/feed.xml", title: "Tagged “Iraq” (Atom)", link: "Subscribe to this tag (Atom feed)", entries: ["Press Intro", "Iraq Alone"] },
      { page: "authors/ann-writer/index.html", feed: "authors/ann-writer/feed.xml", title: "Ann Writer (Atom)", link: "Subscribe to this author (Atom feed)", entries: ["Press Intro", "Press Later", "Press Sources"] },
      { page: "series/reading-the-press/index.html", feed: "series/reading-the-press/feed.xml", title: "Series “Reading the Press” (Atom)", link: "Subscribe to this series (Atom feed)", entries: ["Press Intro", "Press Later", "Press Sources"] },
    ];
    for (const list of lists) {
      const $ = html(list.page);
      expect($(`head link[rel="alternate"][type="application/atom+xml"][title="${list.title}"]`).attr("href"), list.page).toBe("feed.xml");
      expect($('main a[href="feed.xml"]').text(), list.page).toBe(list.link);
      const feed = await parseFeed(path.join(built.outDir, list.feed));
      expect(feed.bozoException, list.feed).toBeNull();
      expect(feed.version).toBe("atom10");
      expect(feed.feed.link).toBe(`https://blog.example.org/${list.page.replace("index.html", "")}`);
      expect(feed.entries.map((entry) => entry.title), list.feed).toEqual(list.entries);
    }
  });

  it("carries summaries, not whole posts, in every feed when feeds: { content: summary }", async () => {
    const atom = readOutput(built.outDir, "feed.xml");
    expect(atom).not.toContain("<content");
    expect(atom).toContain("<summary>Why the press matters &amp; more.</summary>");
    expect(readOutput(built.outDir, "series/reading-the-press/feed.xml")).not.toContain("<content");
    // RSS readers read the description as HTML: the summary's text is escaped once for HTML, once for XML.
    expect(readOutput(built.outDir, "rss.xml")).toContain("<description>Why the press matters &amp;amp; more.</description>");
    const rss = await parseFeed(path.join(built.outDir, "rss.xml"));
    expect(rss.bozoException).toBeNull();
    expect(rss.entries.find((entry) => entry.title === "Press Intro")?.content).toBe("Why the press matters &amp; more.");
    const json = JSON.parse(readOutput(built.outDir, "feed.json")) as { items: Record<string, unknown>[] };
    expect(json.items.find((item) => item.title === "Press Intro")).toMatchObject({ content_text: "Why the press matters & more.", summary: "Why the press matters & more." });
    expect(json.items.every((item) => item.content_html === undefined)).toBe(true);
  });

  it("lists the series pages in the sitemap", () => {
    const sitemap = readOutput(built.outDir, "sitemap.xml");
    expect(sitemap).toContain("<loc>https://blog.example.org/series/</loc>");
    expect(sitemap).toContain("<loc>https://blog.example.org/series/reading-the-press/</loc>");
  });
});

describe("a site whose series have problems", () => {
  let built: BuiltSite;
  beforeAll(async () => {
    built = await buildSite(
      makeSite({
        "a.md": post({ title: "A", author: "Ann", date: "2021-01-01", series: "Field Notes", seriesOrder: 1 }),
        "b.md": post({ title: "B", author: "Ann", date: "2021-01-02", series: "Field Notes", seriesOrder: 1 }),
        "c.md": post({ title: "C", author: "Ann", date: "2021-01-03", series: "field-notes", seriesOrder: 3 }),
        "d.md": post({ title: "D", author: "Ann", date: "2021-01-04", series: "Field Notes", seriesOrder: "second" }),
        "e.md": post({ title: "E", author: "Ann", date: "2021-01-05", seriesOrder: 2 }),
      }),
      { now: "2026-01-01" },
    );
  });

  it("stops with one line per problem, naming the file, line, field and both posts, and writes nothing", () => {
    expect(built.code).not.toBe(0);
    const lines = built.stderr.split("\n");
    for (const expected of [
      'posts/b.md:6:1: seriesOrder: is 1, as in posts/a.md, in the series "Field Notes"; expected each part of a series to have its own seriesOrder',
      'posts/c.md:5:1: series: "field-notes" and "Field Notes" (in posts/a.md) are two series with one address, /series/field-notes/; expected one spelling for both',
      "posts/d.md:6:1: seriesOrder: is a string; expected the post's place in its series as a number, for example seriesOrder: 2",
      'posts/e.md:5:1: seriesOrder: is set, but the post names no series; expected series: as well, for example series: "Reading the Iraqi Press"',
    ]) {
      expect(lines, expected).toContain(expected);
    }
    expect(existsSync(built.outDir)).toBe(false);
  });
});

describe("addresses of series and list feeds", () => {
  it("are claimed before anything is written: an old address on one is a problem naming both", async () => {
    const root = makeSite({
      "a.md": post({ title: "A", author: "Ann", date: "2021-01-01", series: "Press", tags: ["Iraq"] }),
      "b.md": post({ title: "B", author: "Ann", date: "2021-01-02", series: "Press", aliases: ["/series/press/", "/tags/iraq/feed.xml", "/series/"] }),
    });
    const site = await loadSite(root, { mode: "production", now: Date.parse("2026-01-01") });
    expect(site.problems.map(formatProblem)).toEqual([
      "posts/b.md:6:1: aliases: gives the URL /series/press/, which is the page of the series “Press”; expected an old address that no page or file of this site uses",
      "posts/b.md:6:1: aliases: gives the URL /tags/iraq/feed.xml, which is the feed of the tag “Iraq”; expected an old address that no page or file of this site uses",
      "posts/b.md:6:1: aliases: gives the URL /series/, which is the list of series; expected an old address that no page or file of this site uses",
    ]);
  });
});
