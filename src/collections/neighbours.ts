import type { Neighbours } from "../model/collections.ts";
import type { Post } from "../model/post.ts";

/** Each post's older and newer neighbour, read off the newest-first list. */
export function neighboursOf(posts: readonly Post[]): Map<string, Neighbours> {
  const neighbours = new Map<string, Neighbours>();
  posts.forEach((post, index) => {
    const older = posts[index + 1];
    const newer = posts[index - 1];
    neighbours.set(post.id, { ...(older ? { previous: older } : {}), ...(newer ? { next: newer } : {}) });
  });
  return neighbours;
}
