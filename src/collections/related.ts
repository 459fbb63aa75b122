import type { Post } from "../content/post.ts";
import type { TagIndex } from "./tags.ts";

export const RELATED_LIMIT = 3;

interface Candidate {
  readonly rank: number;
  readonly shared: number;
}

/** More shared tags first, then the newer post. */
function better(a: Candidate, b: Candidate): boolean {
  return a.shared > b.shared || (a.shared === b.shared && a.rank < b.rank);
}

function keepBest(best: Candidate[], candidate: Candidate, limit: number): void {
  if (best.length === limit && !better(candidate, best[limit - 1]!)) return;
  let at = best.length;
  while (at > 0 && better(candidate, best[at - 1]!)) at--;
  best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}

/**
 * Up to three posts sharing the most tags with each post; ties go to the
 * newer post. Works from the tag → posts index, never from all pairs: for
 * each post it walks the posts of all its tags but the largest, and only as
 * much of the largest tag as it takes to find three posts sharing just that
 * one. `posts` is newest first, as the tag index lists them.
 */
export function relatedPosts(posts: readonly Post[], tags: TagIndex, limit = RELATED_LIMIT): Map<string, readonly Post[]> {
  const rank = new Map<string, number>();
  posts.forEach((post, index) => rank.set(post.id, index));
  const shared = new Int32Array(posts.length);
  const related = new Map<string, readonly Post[]>();

  posts.forEach((post, self) => {
    const own = [...(tags.byPost.get(post.id) ?? [])].sort((a, b) => b.posts.length - a.posts.length);
    const [largest, ...rest] = own;
    if (!largest) {
      related.set(post.id, []);
      return;
    }
    const touched: number[] = [];
    for (const tag of rest) {
      for (const other of tag.posts) {
        const index = rank.get(other.id)!;
        if (index === self) continue;
        const count = shared[index] ?? 0;
        if (count === 0) touched.push(index);
        shared[index] = count + 1;
      }
    }
    const best: Candidate[] = [];
    for (const index of touched) {
      const inLargest = tags.byPost.get(posts[index]!.id)?.includes(largest) ? 1 : 0;
      keepBest(best, { rank: index, shared: (shared[index] ?? 0) + inLargest }, limit);
    }
    // Posts sharing only the largest tag: its newest ones not already counted.
    let found = 0;
    for (const other of largest.posts) {
      if (found === limit) break;
      const index = rank.get(other.id)!;
      if (index === self || shared[index] !== 0) continue;
      keepBest(best, { rank: index, shared: 1 }, limit);
      found++;
    }
    for (const index of touched) shared[index] = 0;
    related.set(post.id, best.map((candidate) => posts[candidate.rank]!));
  });
  return related;
}
