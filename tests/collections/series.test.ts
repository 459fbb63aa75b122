import { describe, expect, it } from "vitest";
import { collectSeries, readingOrder, seriesProblems } from "../../src/collections/series.ts";
import type { Post } from "../../src/model/post.ts";
import { formatProblem } from "../../src/model/problem.ts";
import { makePost } from "../helpers/posts.ts";

/** Newest first, as the collections receive the shown posts. */
function newestFirst(posts: Post[]): Post[] {
  return [...posts].sort((a, b) => b.date.epoch - a.date.epoch);
}

function at(post: Post, series: { line: number; column: number }, order?: { line: number; column: number }): Post {
  return { ...post, series: { ...post.series!, ...series, ...(order ? { orderLine: order.line, orderColumn: order.column } : {}) } };
}

describe("collectSeries", () => {
  it("orders the parts by seriesOrder, then the posts without one oldest first, then by slug", () => {
    const posts = newestFirst([
      makePost({ slug: "late-unnumbered", date: "2021-03-01", series: "Press" }),
      makePost({ slug: "early-unnumbered", date: "2021-01-01", series: "Press" }),
      makePost({ slug: "second", date: "2020-01-01", series: "Press", seriesOrder: 2 }),
      makePost({ slug: "first", date: "2022-01-01", series: "Press", seriesOrder: 1 }),
      makePost({ slug: "b-same-day", date: "2021-02-01", series: "Press" }),
      makePost({ slug: "a-same-day", date: "2021-02-01", series: "Press" }),
    ]);
    const [series] = collectSeries(posts, "en").series;
    expect(series?.parts.map((post) => post.slug)).toEqual(["first", "second", "early-unnumbered", "a-same-day", "b-same-day", "late-unnumbered"]);
    // The other lists keep the posts newest first.
    expect(series?.posts.map((post) => post.slug)).toEqual(posts.map((post) => post.slug));
  });

  it("orders by seriesOrder as a number, fractions and negatives included", () => {
    const posts = [
      makePost({ slug: "ten", date: "2020-01-01", series: "S", seriesOrder: 10 }),
      makePost({ slug: "two", date: "2020-01-02", series: "S", seriesOrder: 2 }),
      makePost({ slug: "two-and-a-half", date: "2020-01-03", series: "S", seriesOrder: 2.5 }),
      makePost({ slug: "prologue", date: "2020-01-04", series: "S", seriesOrder: -1 }),
    ];
    expect([...posts].sort(readingOrder).map((post) => post.slug)).toEqual(["prologue", "two", "two-and-a-half", "ten"]);
  });

  it("gives each post its part number, the series its page and feed, and lists series by name", () => {
    const posts = newestFirst([
      makePost({ slug: "z2", date: "2020-02-01", series: "Zebra Crossings" }),
      makePost({ slug: "z1", date: "2020-01-01", series: "Zebra Crossings" }),
      makePost({ slug: "a1", date: "2020-03-01", series: "apples" }),
      makePost({ slug: "alone", date: "2020-04-01" }),
    ]);
    const index = collectSeries(posts, "en");
    expect(index.series.map((one) => [one.name, one.url, one.feedUrl])).toEqual([
      ["apples", "/series/apples/", "/series/apples/feed.xml"],
      ["Zebra Crossings", "/series/zebra-crossings/", "/series/zebra-crossings/feed.xml"],
    ]);
    expect(index.byPost.get("z2")).toMatchObject({ number: 2, series: { slug: "zebra-crossings" } });
    expect(index.byPost.get("z1")?.number).toBe(1);
    expect(index.byPost.has("alone")).toBe(false);
  });

  it("keeps a series named like a tag apart from the tag", () => {
    const posts = [makePost({ slug: "a", date: "2020-01-01", tags: ["iraq"], series: "Iraq" })];
    const [series] = collectSeries(posts, "en").series;
    expect(series?.url).toBe("/series/iraq/");
  });

  it("makes a series of one post", () => {
    const index = collectSeries([makePost({ slug: "only", date: "2020-01-01", series: "One" })], "en");
    expect(index.series[0]?.parts.map((post) => post.slug)).toEqual(["only"]);
    expect(index.byPost.get("only")?.number).toBe(1);
  });
});

describe("seriesProblems", () => {
  it("names both posts when two series names make one address", () => {
    const posts = [
      at(makePost({ slug: "a", date: "2020-01-01", series: "Iraq Notes" }), { line: 4, column: 9 }),
      at(makePost({ slug: "b", date: "2020-01-02", series: "iraq-notes" }), { line: 5, column: 9 }),
    ];
    const { problems, warnings } = seriesProblems(posts);
    expect(problems.map(formatProblem)).toEqual([
      'posts/b.md:5:9: series: "iraq-notes" and "Iraq Notes" (in posts/a.md) are two series with one address, /series/iraq-notes/; expected one spelling for both',
    ]);
    expect(warnings).toEqual([]);
  });

  it("names both posts when two parts have one seriesOrder, at the seriesOrder line", () => {
    const posts = [
      at(makePost({ slug: "a", date: "2020-01-01", series: "S", seriesOrder: 2 }), { line: 4, column: 9 }, { line: 5, column: 14 }),
      at(makePost({ slug: "b", date: "2020-01-02", series: "S", seriesOrder: 2 }), { line: 4, column: 9 }, { line: 6, column: 14 }),
      at(makePost({ slug: "c", date: "2020-01-03", series: "S", seriesOrder: 3 }), { line: 4, column: 9 }, { line: 6, column: 14 }),
    ];
    expect(seriesProblems(posts).problems.map(formatProblem)).toEqual([
      'posts/b.md:6:14: seriesOrder: is 2, as in posts/a.md, in the series "S"; expected each part of a series to have its own seriesOrder',
    ]);
  });

  it("finds the problems among drafts too, before they are published", () => {
    const posts = [makePost({ slug: "a", date: "2020-01-01", series: "S", seriesOrder: 1 }), makePost({ slug: "b", date: "2020-01-02", series: "S", seriesOrder: 1, draft: true })];
    expect(seriesProblems(posts).problems).toHaveLength(1);
  });

  it("warns about a series of one post, whose name may be misspelt", () => {
    const posts = [
      at(makePost({ slug: "a", date: "2020-01-01", series: "Reading the Press" }), { line: 3, column: 9 }),
      makePost({ slug: "b", date: "2020-01-02", series: "Reading the Pres" }),
      makePost({ slug: "c", date: "2020-01-03", series: "Reading the Pres" }),
    ];
    const { problems, warnings } = seriesProblems(posts);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      'posts/a.md:3:9: warning: series: "Reading the Press" has no other post; expected two or more posts in a series (is the name spelt as in the other parts?)',
    ]);
  });

  it("says nothing about sound series", () => {
    const posts = [makePost({ slug: "a", date: "2020-01-01", series: "S", seriesOrder: 1 }), makePost({ slug: "b", date: "2020-01-02", series: "S" }), makePost({ slug: "c", date: "2020-01-03", series: "S" })];
    expect(seriesProblems(posts)).toEqual({ problems: [], warnings: [] });
  });
});
