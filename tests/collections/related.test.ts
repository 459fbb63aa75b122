import { describe, expect, it } from "vitest";
import { relatedPosts } from "../../src/collections/related.ts";
import { collectTags } from "../../src/collections/tags.ts";
import type { Post } from "../../src/model/post.ts";
import { makePost } from "../helpers/posts.ts";

/** The obvious all-pairs answer, to check the indexed one against; like it, it reads each post's first five tags. */
function allPairs(posts: readonly Post[], limit: number): Map<string, string[]> {
  const slugs = (post: Post) => new Set(post.tags.slice(0, 5).map((tag) => tag.toLowerCase()));
  return new Map(
    posts.map((post, self) => {
      const own = slugs(post);
      const scored = posts
        .map((other, rank) => ({ other, rank, shared: [...slugs(other)].filter((tag) => own.has(tag)).length }))
        .filter((entry) => entry.rank !== self && entry.shared > 0)
        .sort((a, b) => b.shared - a.shared || a.rank - b.rank);
      return [post.id, scored.slice(0, limit).map((entry) => entry.other.id)];
    }),
  );
}

/** A small deterministic pseudo-random generator (mulberry32), so the test is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function newestFirst(count: number, tagsOf: (index: number) => string[]): Post[] {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2030, 0, 1) - index * 86_400_000).toISOString().slice(0, 10);
    return makePost({ slug: `p${String(index).padStart(5, "0")}`, date: day, tags: tagsOf(index) });
  });
}

describe("relatedPosts", () => {
  it("prefers more shared tags, then the newer post, and never the post itself", () => {
    const posts = [
      makePost({ slug: "e", date: "2020-05-01", tags: ["iraq"] }),
      makePost({ slug: "d", date: "2020-04-01", tags: ["iraq", "data", "method"] }),
      makePost({ slug: "c", date: "2020-03-01", tags: ["iraq", "data"] }),
      makePost({ slug: "b", date: "2020-02-01", tags: ["iraq", "data", "method"] }),
      makePost({ slug: "a", date: "2020-01-01", tags: ["cooking"] }),
    ];
    const related = relatedPosts(posts, collectTags(posts, "en"));
    const slugs = (id: string) => related.get(id)?.map((post) => post.slug);
    expect(slugs("b")).toEqual(["d", "c", "e"]);
    expect(slugs("e")).toEqual(["d", "c", "b"]);
    expect(slugs("a")).toEqual([]);
  });

  it("gives a post without tags no related posts", () => {
    const posts = [makePost({ slug: "a", date: "2020-01-01" }), makePost({ slug: "b", date: "2020-01-02", tags: ["x"] })];
    expect(relatedPosts(posts, collectTags(posts, "en")).get("a")).toEqual([]);
  });

  it("agrees with the all-pairs answer on random tag sets", () => {
    const next = random(42);
    const pool = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    const posts = newestFirst(400, () => pool.filter(() => next() < 0.3));
    expect(posts.some((post) => post.tags.length > 5)).toBe(true);
    const related = relatedPosts(posts, collectTags(posts, "en"));
    const expected = allPairs(posts, 3);
    for (const post of posts) expect(related.get(post.id)?.map((other) => other.id)).toEqual(expected.get(post.id));
  });

  it("matches on a post's first five tags only", () => {
    const posts = [
      makePost({ slug: "b", date: "2020-02-01", tags: ["t1", "t2", "t3", "t4", "t5", "t6"] }),
      makePost({ slug: "a", date: "2020-01-01", tags: ["t6"] }),
    ];
    expect(relatedPosts(posts, collectTags(posts, "en")).get("a")).toEqual([]);
  });

  // Its speed on large sites is measured by `npm run bench`, never by a timed test.
  it("is right on 10,000 posts that all share two big tags", () => {
    const posts = newestFirst(10_000, (index) => ["iraq", "security", `topic ${index % 50}`]);
    const related = relatedPosts(posts, collectTags(posts, "en"));
    expect(related.get("p00100")?.map((post) => post.slug)).toEqual(["p00000", "p00050", "p00150"]);
  });

  it("is right on 10,000 posts with three random tags of twenty", () => {
    const next = random(7);
    const pool = Array.from({ length: 20 }, (_, index) => `tag ${index}`);
    const posts = newestFirst(10_000, () => [...new Set([0, 1, 2].map(() => pool[Math.floor(next() * 20)]!))]);
    const tags = collectTags(posts, "en");
    const related = relatedPosts(posts, tags);
    // All pairs for a few posts: one pass over the 10,000 each.
    for (const self of [0, 4321, 9999]) {
      const own = new Set(posts[self]!.tags);
      const best = posts
        .map((other, rank) => ({ other, rank, shared: other.tags.filter((tag) => own.has(tag)).length }))
        .filter((entry) => entry.rank !== self && entry.shared > 0)
        .sort((a, b) => b.shared - a.shared || a.rank - b.rank);
      expect(related.get(posts[self]!.id)?.map((post) => post.id)).toEqual(best.slice(0, 3).map((entry) => entry.other.id));
    }
  });
});
