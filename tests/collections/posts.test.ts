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

  it("shows drafts and scheduled posts while writing", () => {
    expect(visiblePosts(posts, { includeUnpublished: true, now }).map((post) => post.slug)).toEqual(["future", "draft", "a-same-day", "b-same-day", "old"]);
  });
});
