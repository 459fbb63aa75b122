import type { Post } from "../model/post.ts";

export interface NameGroup {
  /** Newest first, in the order the posts came. */
  readonly posts: Post[];
  /** How often each spelling of the name was used. */
  readonly spellings: Map<string, number>;
}

export interface Grouping {
  readonly groups: ReadonlyMap<string, NameGroup>;
  /** Each post's slugs, in the order the post names them, without repeats. */
  readonly slugsByPost: ReadonlyMap<string, readonly string[]>;
}

/**
 * Groups posts under the names they carry (tags, authors) in one pass,
 * keyed by slug so names that differ only in case, spacing or accents are
 * one group. Thousands of posts share a few dozen spellings, so each spelling
 * is slugified once.
 */
export function groupBySlug(posts: readonly Post[], namesOf: (post: Post) => readonly string[], slugOf: (name: string) => string): Grouping {
  const groups = new Map<string, NameGroup>();
  const slugsByPost = new Map<string, string[]>();
  const slugOfName = new Map<string, string>();
  for (const post of posts) {
    const slugs: string[] = [];
    for (const name of namesOf(post)) {
      let slug = slugOfName.get(name);
      if (slug === undefined) {
        slug = slugOf(name);
        slugOfName.set(name, slug);
      }
      if (slugs.includes(slug)) continue;
      slugs.push(slug);
      let group = groups.get(slug);
      if (!group) {
        group = { posts: [], spellings: new Map() };
        groups.set(slug, group);
      }
      group.posts.push(post);
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
    }
    slugsByPost.set(post.id, slugs);
  }
  return { groups, slugsByPost };
}
