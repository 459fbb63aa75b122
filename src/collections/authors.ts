import { authorSlug } from "../content/authors-file.ts";
import type { Author, AuthorProfile } from "../model/collections.ts";
import type { Post } from "../model/post.ts";
import { authorUrl, listFeedUrl } from "../model/routes.ts";
import { groupBySlug } from "./grouping.ts";
import { compareText, preferredSpelling } from "./tags.ts";

export interface AuthorIndex {
  /** Every author of the given posts, by name in the site's language. */
  readonly authors: readonly Author[];
  /** Each post's authors, in the order the post names them, by post id. */
  readonly byPost: ReadonlyMap<string, readonly Author[]>;
}

/**
 * Groups posts (newest first) by author; a post with several authors is on
 * each one's page. Names that differ only
 * in case, spacing or accents are one author; a profile from the authors file
 * adds a bio and links. Profiles of people without a shown post make no page.
 */
export function collectAuthors(posts: readonly Post[], profiles: readonly AuthorProfile[], language: string): AuthorIndex {
  const profileBySlug = new Map(profiles.map((profile) => [authorSlug(profile.name), profile]));
  const { groups, slugsByPost } = groupBySlug(posts, (post) => post.authors, authorSlug);
  const bySlug = new Map<string, Author>();
  for (const [slug, group] of groups) {
    const profile = profileBySlug.get(slug);
    bySlug.set(slug, {
      slug,
      name: profile?.name ?? preferredSpelling(group.spellings),
      url: authorUrl(slug),
      feedUrl: listFeedUrl(authorUrl(slug)),
      ...(profile?.bio === undefined ? {} : { bio: profile.bio }),
      links: profile?.links ?? [],
      ...(profile?.avatar === undefined ? {} : { avatar: `/${profile.avatar}` }),
      posts: group.posts,
    });
  }
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
  const authors = [...bySlug.values()].sort((a, b) => collator.compare(a.name, b.name) || compareText(a.slug, b.slug));
  const byPost = new Map<string, readonly Author[]>();
  for (const [id, slugs] of slugsByPost) byPost.set(id, slugs.map((slug) => bySlug.get(slug)!));
  return { authors, byPost };
}
