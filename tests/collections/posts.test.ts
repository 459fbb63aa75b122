import { describe, expect, it } from "vitest";
import { visiblePosts } from "../../src/collections/posts.ts";
import { makePost } from "../helpers/posts.ts";

const fakePost = (slug: string, date: string, draft = false) => makePost({ slug, date, draft });

describe("visiblePosts", () => {
  const posts = [fakePost("b-same-day", "2020-07-13"), fakePost("old", "2019-01-01"), fakePost("a-same-day", "2020-07-13"), fakePost("draft", "2020-08-01", true), fakePost("future", "2030-01-01")];
  const now = Date.UTC(2026, 0, 1);

  it("shows published posts newest first, same-day posts by slug", () => {
    expect(visiblePosts(posts, { includeUnpublished: false, now }).map((post) => post.slug)).toEqual(["a-same-day", "b-same-day", "old"]);
  });

  // Hugo: "the page will not be rendered" after its expiryDate (gohugo.io front matter docs); so on the day itself it still is.
  it("leaves a post out of a production build after its expiry, and shows it while writing", () => {
    const expiring = [makePost({ slug: "sale", date: "2025-12-01", expires: "2025-12-31T23:00:00Z" }), makePost({ slug: "today", date: "2025-12-01", expires: "2026-01-01" }), fakePost("old", "2019-01-01")];
    expect(visiblePosts(expiring, { includeUnpublished: false, now }).map((post) => post.slug)).toEqual(["today", "old"]);
    expect(visiblePosts(expiring, { includeUnpublished: false, now: now + 1 }).map((post) => post.slug)).toEqual(["old"]);
    expect(visiblePosts(expiring, { includeUnpublished: true, now: now + 1 }).map((post) => post.slug)).toEqual(["sale", "today", "old"]);
  });

  it("shows drafts and scheduled posts while writing", () => {
    expect(visiblePosts(posts, { includeUnpublished: true, now }).map((post) => post.slug)).toEqual(["future", "draft", "a-same-day", "b-same-day", "old"]);
  });
});
