import type { Post } from "../model/post.ts";
import type { TagIndex } from "./tags.ts";

export const RELATED_LIMIT = 3;

/**
 * Related posts are matched on a post's first five tags (as it lists them):
 * enough for any real post, and it bounds the work per post by 2⁵ lists.
 */
export const RELATED_TAGS = 5;

/** The non-empty subsets of `items`, each in the order of `items`. */
function subsets(items: readonly number[]): number[][] {
  const result: number[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) result.push(items.filter((_, bit) => mask & (1 << bit)));
  return result;
}

/**
 * Up to `limit` posts sharing the most tags with each post; among equals the
 * newer one. Never compares all pairs: every post is filed under each
 * combination of its tags (`iraq`, `data`, `iraq+data`, ...), newest first.
 * A post sharing exactly the tags S with P is then in exactly one of P's
 * lists of size |S|, so walking P's lists from the largest combinations down,
 * newest first, finds the answer after a few steps. The work is linear in
 * the number of posts. `posts` is newest first.
 */
export function relatedPosts(posts: readonly Post[], tags: TagIndex, limit = RELATED_LIMIT): Map<string, readonly Post[]> {
  const tagNumber = new Map(tags.tags.map((tag, index) => [tag, index]));
  const keysOf = posts.map((post) => {
    const own = (tags.byPost.get(post.id) ?? []).slice(0, RELATED_TAGS).map((tag) => tagNumber.get(tag)!);
    own.sort((a, b) => a - b);
    return subsets(own).map((subset) => ({ size: subset.length, key: subset.join(",") }));
  });
  // Each combination of tags → the ranks (0 = newest) of the posts that have all of them, newest first.
  const filed = new Map<string, number[]>();
  keysOf.forEach((keys, rank) => {
    for (const { key } of keys) {
      const list = filed.get(key);
      if (list) list.push(rank);
      else filed.set(key, [rank]);
    }
  });

  const related = new Map<string, readonly Post[]>();
  posts.forEach((post, self) => {
    const keys = keysOf[self]!;
    const chosen: number[] = [];
    const taken = (rank: number) => rank === self || chosen.includes(rank);
    const largest = keys.reduce((max, { size }) => Math.max(max, size), 0);
    for (let size = largest; size >= 1 && chosen.length < limit; size--) {
      // Posts sharing more tags are all chosen by now; the ones left in these lists share exactly `size`.
      const lists = keys.filter((entry) => entry.size === size).map(({ key }) => filed.get(key)!);
      const cursor = lists.map(() => 0);
      while (chosen.length < limit) {
        let best = -1;
        let bestList = -1;
        lists.forEach((list, i) => {
          while (cursor[i]! < list.length && taken(list[cursor[i]!]!)) cursor[i]! += 1;
          const head = list[cursor[i]!];
          if (head !== undefined && (best === -1 || head < best)) {
            best = head;
            bestList = i;
          }
        });
        if (best === -1) break;
        chosen.push(best);
        cursor[bestList]! += 1;
      }
    }
    related.set(post.id, chosen.map((rank) => posts[rank]!));
  });
  return related;
}
