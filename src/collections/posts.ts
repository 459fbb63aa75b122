import type { Post } from "../model/post.ts";

export interface Visibility {
  /** Drafts and posts dated in the future are shown only while writing (the dev server). */
  readonly includeUnpublished: boolean;
  /** The moment that decides what "in the future" means, in epoch milliseconds. */
  readonly now: number;
}

export function isPublished(post: Post, now: number): boolean {
  return !post.draft && post.date.epoch <= now;
}

/** Newest first; posts with the same date are ordered by slug, so the order never depends on the file system. */
export function newestFirst(a: Post, b: Post): number {
  return b.date.epoch - a.date.epoch || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function visiblePosts(posts: readonly Post[], visibility: Visibility): Post[] {
  const shown = visibility.includeUnpublished ? [...posts] : posts.filter((post) => isPublished(post, visibility.now));
  return shown.sort(newestFirst);
}
