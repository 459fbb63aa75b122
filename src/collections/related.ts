import type { Post } from "../content/post.ts";
import type { Tag, TagIndex } from "./tags.ts";

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
 * Up to `limit` posts sharing the most tags with each post; ties go to the
 * newer post. Works from the tag → posts index, never from all pairs: for
 * each post it walks the post lists of its own tags together, newest first,
 * and stops as soon as no post further down could beat the ones found (a
 * post not yet seen can share at most as many tags as there are lists not
 * yet walked to the end). `posts` is newest first, as the tag lists are.
 */
export function relatedPosts(posts: readonly Post[], tags: TagIndex, limit = RELATED_LIMIT): Map<string, readonly Post[]> {
  const rank = new Map<string, number>();
  posts.forEach((post, index) => rank.set(post.id, index));
  // Each tag's posts as ranks (0 = newest), once per tag.
  const ranksOf = new Map<Tag, Int32Array>();
  for (const tag of tags.tags) ranksOf.set(tag, Int32Array.from(tag.posts, (post) => rank.get(post.id)!));
  const related = new Map<string, readonly Post[]>();

  posts.forEach((post, self) => {
    const lists = (tags.byPost.get(post.id) ?? []).map((tag) => ranksOf.get(tag)!);
    const cursor = new Int32Array(lists.length);
    const best: Candidate[] = [];
    for (;;) {
      // The newest post not yet seen in any of the lists, and how many lists are still open.
      let next = posts.length;
      let open = 0;
      for (let i = 0; i < lists.length; i++) {
        const list = lists[i]!;
        const at = cursor[i]!;
        if (at < list.length) {
          open++;
          if (list[at]! < next) next = list[at]!;
        }
      }
      if (open === 0 || (best.length === limit && best[limit - 1]!.shared >= open)) break;
      // Every list holding that post has it at its head now: the number of lists it heads is the number of tags it shares.
      let shared = 0;
      for (let i = 0; i < lists.length; i++) {
        if (lists[i]![cursor[i]!] === next) {
          cursor[i]! += 1;
          shared++;
        }
      }
      if (next !== self) keepBest(best, { rank: next, shared }, limit);
    }
    related.set(post.id, best.map((candidate) => posts[candidate.rank]!));
  });
  return related;
}
