import type { Post } from "../model/post.ts";
import type { Site } from "../model/site.ts";

/** A tag or an author. */
interface Group {
  readonly slug: string;
  readonly name: string;
  readonly url: string;
  readonly posts: readonly Post[];
}

/**
 * What a page shows, as text to compare between builds: each post by
 * `identity` (a number for as long as the object lives, or a hash of it)
 * with the names and counts of its authors and tags; for a post's own page
 * also its neighbours and related posts; a page of pages/ by `identity`;
 * for a list page its numbers, the posts on it and the tag or author it lists.
 * With `comments`, each post's comments section (its page shows it, a list
 * its count) by `identity` too; the dev server, which builds everything
 * again when a comment changes, leaves them out.
 */
export function pageShows(site: Site, identity: (value: object) => string | number, options: { comments?: boolean } = {}): (item: object) => string {
  const posts = new Set<unknown>(site.posts);
  const pages = new Set<unknown>(site.pages);
  const { authorsOf, tagsOf, seriesOf, neighbours, related } = site.collections;
  // A tag or author page shows how many posts it lists; a post names its tags and authors without counts.
  const group = (value: Group, counted: boolean) => JSON.stringify({ ...value, posts: counted ? value.posts.length : undefined });
  const named = (value: Group) => group(value, false);
  const post = (value: Post, ownPage: boolean): string => {
    const parts = [`#${identity(value)}`, ...(authorsOf.get(value.id) ?? []).map(named), ...(tagsOf.get(value.id) ?? []).map(named)];
    if (options.comments) {
      const section = site.comments.get(value.id);
      parts.push(`!${section ? identity(section) : ""}`);
    }
    if (ownPage) {
      const { previous, next } = neighbours.get(value.id) ?? {};
      parts.push(`<${previous ? identity(previous) : ""}>${next ? identity(next) : ""}`, ...(related.get(value.id) ?? []).map((other) => `~${identity(other)}`));
      // A post of a series lists every part of it, by title.
      const part = seriesOf.get(value.id);
      if (part) parts.push(`${part.number}/${JSON.stringify(part.series.name)}`, ...part.series.parts.map((other) => `=${identity(other)}`));
    }
    return parts.join("|");
  };
  const walk = (value: unknown): string => {
    if (posts.has(value)) return post(value as Post, false);
    // A page (of pages/) is shown by what it holds, all of it.
    if (pages.has(value)) return `#${identity(value as object)}`;
    if (Array.isArray(value)) return `[${value.map(walk).join(",")}]`;
    if (value && typeof value === "object") {
      if ("slug" in value && "posts" in value) return group(value as Group, true);
      return `{${Object.entries(value).map(([key, field]) => `${key}:${walk(field)}`).join(",")}}`;
    }
    return JSON.stringify(value) ?? "";
  };
  return (item) => (posts.has(item) ? post(item as Post, true) : walk(item));
}
