import { describe, expect, it } from "vitest";
import { collectTags, preferredSpelling } from "../../src/collections/tags.ts";
import { makePost } from "../helpers/posts.ts";

describe("collectTags", () => {
  it("makes tags that differ in case, spacing, hyphens or accents one tag", () => {
    const posts = [
      makePost({ slug: "c", date: "2020-03-01", tags: ["middle east"] }),
      makePost({ slug: "b", date: "2020-02-01", tags: ["Middle East", "Café"] }),
      makePost({ slug: "a", date: "2020-01-01", tags: ["middle-east", "cafe"] }),
    ];
    const { tags } = collectTags(posts, "en");
    expect(tags.map((tag) => [tag.slug, tag.url, tag.posts.map((post) => post.slug)])).toEqual([
      ["cafe", "/tags/cafe/", ["b", "a"]],
      ["middle-east", "/tags/middle-east/", ["c", "b", "a"]],
    ]);
  });

  it("names a tag by its most used spelling, ties going to the first in code-point order", () => {
    expect(preferredSpelling(new Map([["middle east", 1], ["Middle East", 2], ["middle-east", 1]]))).toBe("Middle East");
    expect(preferredSpelling(new Map([["middle-east", 1], ["middle east", 1], ["Middle East", 1]]))).toBe("Middle East");
    const posts = [makePost({ slug: "a", date: "2020-01-01", tags: ["café"] }), makePost({ slug: "b", date: "2020-01-02", tags: ["Cafe"] }), makePost({ slug: "c", date: "2020-01-03", tags: ["café"] })];
    expect(collectTags(posts, "en").tags.map((tag) => tag.name)).toEqual(["café"]);
  });

  it("counts a post once under a tag it lists in two spellings", () => {
    const post = makePost({ slug: "a", date: "2020-01-01", tags: ["Iraq", "iraq"] });
    const index = collectTags([post], "en");
    expect(index.tags[0]?.posts).toEqual([post]);
    expect(index.byPost.get("a")?.map((tag) => tag.slug)).toEqual(["iraq"]);
  });

  it("keeps tags named after internal collections", () => {
    const posts = [makePost({ slug: "a", date: "2020-01-01", tags: ["posts", "all", "collections"] })];
    expect(collectTags(posts, "en").tags.map((tag) => tag.url)).toEqual(["/tags/all/", "/tags/collections/", "/tags/posts/"]);
  });

  it("gives tags in scripts with no transliteration a stable tag- slug", () => {
    const { tags } = collectTags([makePost({ slug: "a", date: "2020-01-01", tags: ["東京"] })], "en");
    expect(tags[0]?.slug).toMatch(/^tag-[0-9a-f]{8}$/);
    expect(collectTags([makePost({ slug: "b", date: "2021-01-01", tags: ["東京"] })], "en").tags[0]?.slug).toBe(tags[0]?.slug);
  });

  it("sorts tags by name in the site's language, case and accents aside", () => {
    const posts = [makePost({ slug: "a", date: "2020-01-01", tags: ["zebra", "Émile", "apple", "Beta", "tag 10", "tag 9"] })];
    expect(collectTags(posts, "en").tags.map((tag) => tag.name)).toEqual(["apple", "Beta", "Émile", "tag 9", "tag 10", "zebra"]);
  });
});
