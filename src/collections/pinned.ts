import type { HomePage } from "../model/collections.ts";
import type { Post } from "../model/post.ts";
import { ROUTES } from "../model/routes.ts";
import { paginate } from "./pagination.ts";

/**
 * The home page's pages: the shown posts (newest first) a page at a time,
 * and on page 1 the pinned posts first, newest first, each shown there once.
 * Pinning moves no post on any other page, so page 2 onwards, the archive,
 * the tags, the authors and the feeds keep every post in its place by date.
 */
export function homePages(posts: readonly Post[], pageSize: number): HomePage[] {
  const pinned = posts.filter((post) => post.pinned);
  return paginate(posts, pageSize, ROUTES.home).map((page) =>
    page.number === 1 && pinned.length ? { ...page, pinned, items: page.items.filter((post) => !post.pinned) } : { ...page, pinned: [] },
  );
}
