import type { Tag } from "../model/collections.ts";
import type { Post } from "../model/post.ts";
import { listFeedUrl, tagUrl } from "../model/routes.ts";
import { groupSlug } from "../content/slug.ts";
import { groupBySlug } from "./grouping.ts";

export interface TagIndex {
  /** Every tag of the given posts, by name in the site's language. */
  readonly tags: readonly Tag[];
  /** Each post's tags, in the order the post lists them, without repeats. */
  readonly byPost: ReadonlyMap<string, readonly Tag[]>;
}

export function tagSlug(name: string): string {
  return groupSlug(name, "tag");
}

/**
 * Groups posts (newest first) by tag. Tags that differ only in case,
 * spacing, hyphens or accents are one tag with one page.
 */
export function collectTags(posts: readonly Post[], language: string): TagIndex {
  const { groups, slugsByPost } = groupBySlug(posts, (post) => post.tags, tagSlug);
  const bySlug = new Map<string, Tag>();
  for (const [slug, group] of groups) {
    bySlug.set(slug, { slug, name: preferredSpelling(group.spellings), url: tagUrl(slug), feedUrl: listFeedUrl(tagUrl(slug)), posts: group.posts });
  }
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
  const tags = [...bySlug.values()].sort((a, b) => collator.compare(a.name, b.name) || compareText(a.slug, b.slug));
  const byPost = new Map<string, readonly Tag[]>();
  for (const [id, slugs] of slugsByPost) byPost.set(id, slugs.map((slug) => bySlug.get(slug)!));
  return { tags, byPost };
}

/** The most used spelling; ties go to the first in code-point order, so the choice never depends on file order. */
export function preferredSpelling(spellings: ReadonlyMap<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of spellings) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && compareText(entry[0], best[0]) < 0)) best = entry;
  }
  if (!best) throw new Error("a tag without spellings");
  return best[0];
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
