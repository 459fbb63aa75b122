import { describe, expect, it } from "vitest";
import { visiblePosts } from "../../src/collections/posts.ts";
import { parsePostDate } from "../../src/content/dates.ts";
import type { Post } from "../../src/content/post.ts";

function fakePost(slug: string, day: string, draft = false): Post {
  const date = parsePostDate(day);
  if (!date.ok) throw new Error(date.message);
  return { id: slug, slug, url: `/posts/${slug}/`, title: slug, authors: ["A"], author: "A", redirects: [], date: date.date, tags: [], draft, comments: true, excerpt: "", html: "", sourcePath: `posts/${slug}.md`, data: {},
    metaDescription: "", readingMinutes: 1, headings: [], toc: false, lang: "en", dir: "ltr", image: undefined, assets: [] };
}

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
