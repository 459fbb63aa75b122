import { describe, expect, it } from "vitest";
import { relatedPosts } from "../../src/collections/related.ts";
import { collectTags } from "../../src/collections/tags.ts";
import type { Post } from "../../src/content/post.ts";
import { makePost } from "../helpers/posts.ts";

/** The obvious all-pairs answer, to check the indexed one against. */
function allPairs(posts: readonly Post[], limit: number): Map<string, string[]> {
  const slugs = (post: Post) => new Set(post.tags.map((tag) => tag.toLowerCase()));
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
    const pool = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const posts = newestFirst(300, () => pool.filter(() => next() < 0.25));
    const related = relatedPosts(posts, collectTags(posts, "en"));
    const expected = allPairs(posts, 3);
    for (const post of posts) expect(related.get(post.id)?.map((other) => other.id)).toEqual(expected.get(post.id));
  });

  it("stays fast on 10,000 posts that all share two big tags", () => {
    const posts = newestFirst(10_000, (index) => ["iraq", "security", `topic ${index % 50}`]);
    const started = performance.now();
    const related = relatedPosts(posts, collectTags(posts, "en"));
    const ms = performance.now() - started;
    expect(related.get("p00100")?.map((post) => post.slug)).toEqual(["p00000", "p00050", "p00150"]);
    expect(ms).toBeLessThan(2000);
  });
});
