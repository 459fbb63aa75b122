import type { Post } from "../model/post.ts";

export interface Visibility {
  /** Drafts, posts dated in the future and expired posts are shown only while writing (the dev server). */
  readonly includeUnpublished: boolean;
  /** The moment that decides what "in the future" means, in epoch milliseconds. */
  readonly now: number;
}

/** A post is published from its date until its expiry, if it has one (Hugo leaves a page out once its expiryDate has passed). */
export function isPublished(post: Post, now: number): boolean {
  return !post.draft && post.date.epoch <= now && (post.expires === undefined || now <= post.expires.epoch);
}

/** Newest first; posts with the same date are ordered by slug, so the order never depends on the file system. */
export function newestFirst(a: Post, b: Post): number {
  return b.date.epoch - a.date.epoch || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function visiblePosts(posts: readonly Post[], visibility: Visibility): Post[] {
  const shown = visibility.includeUnpublished ? [...posts] : posts.filter((post) => isPublished(post, visibility.now));
  return shown.sort(newestFirst);
}
