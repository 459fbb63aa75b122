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

  it("gives tags in scripts with no transliteration a stable tag_ slug", () => {
    const { tags } = collectTags([makePost({ slug: "a", date: "2020-01-01", tags: ["東京"] })], "en");
    expect(tags[0]?.slug).toMatch(/^tag_[0-9a-f]{8}$/);
    expect(collectTags([makePost({ slug: "b", date: "2021-01-01", tags: ["東京"] })], "en").tags[0]?.slug).toBe(tags[0]?.slug);
  });

  it("keeps a tag spelled like another tag's generated slug apart from it", () => {
    const generated = collectTags([makePost({ slug: "a", date: "2020-01-01", tags: ["東京"] })], "en").tags[0]!.slug;
    // Before, 東京's slug was tag-<hash>: this literal tag took its page and its posts.
    const lookalike = generated.replace("_", "-");
    const posts = [makePost({ slug: "a", date: "2020-01-01", tags: ["東京"] }), makePost({ slug: "b", date: "2020-01-02", tags: [lookalike] })];
    const tags = collectTags(posts, "en").tags.map((tag) => ({ name: tag.name, slug: tag.slug, posts: tag.posts.map((post) => post.slug) }));
    expect(tags).toEqual([
      { name: lookalike, slug: lookalike, posts: ["b"] },
      { name: "東京", slug: generated, posts: ["a"] },
    ]);
  });

  it("sorts tags by name in the site's language, case and accents aside", () => {
    const posts = [makePost({ slug: "a", date: "2020-01-01", tags: ["zebra", "Émile", "apple", "Beta", "tag 10", "tag 9"] })];
    expect(collectTags(posts, "en").tags.map((tag) => tag.name)).toEqual(["apple", "Beta", "Émile", "tag 9", "tag 10", "zebra"]);
  });
});
