import type { SiteConfig } from "../config/site.ts";
import type { AuthorProfile } from "../content/authors-file.ts";
import type { Post } from "../content/post.ts";
import { archiveByYear, type ArchiveYear } from "./archive.ts";
import { collectAuthors, type Author } from "./authors.ts";
import { neighboursOf, type Neighbours } from "./neighbours.ts";
import { paginate, type ListPage } from "./pagination.ts";
import { relatedPosts } from "./related.ts";
import { collectTags, type Tag } from "./tags.ts";

export interface TagPage extends ListPage<Post> {
  readonly tag: Tag;
}

export interface AuthorPage extends ListPage<Post> {
  readonly author: Author;
}

/**
 * Every list a page shows, computed once per build from the shown posts.
 * Templates paginate over these flat arrays and look posts up in the maps;
 * none of them filters the posts again.
 */
export interface Collections {
  /** `/`, `/page/2/`, ... */
  readonly home: readonly ListPage<Post>[];
  readonly archive: readonly ArchiveYear[];
  readonly tags: readonly Tag[];
  /** Every page of every tag: `/tags/iraq/`, `/tags/iraq/page/2/`, ... */
  readonly tagPages: readonly TagPage[];
  readonly authors: readonly Author[];
  readonly authorPages: readonly AuthorPage[];
  /** By post id. */
  readonly tagsOf: ReadonlyMap<string, readonly Tag[]>;
  readonly authorsOf: ReadonlyMap<string, readonly Author[]>;
  readonly neighbours: ReadonlyMap<string, Neighbours>;
  readonly related: ReadonlyMap<string, readonly Post[]>;
}

export const HOME_URL = "/";

/** `posts` are the shown posts, newest first. */
export function buildCollections(posts: readonly Post[], config: SiteConfig, profiles: readonly AuthorProfile[]): Collections {
  const tagIndex = collectTags(posts, config.language);
  const authorIndex = collectAuthors(posts, profiles, config.language);
  return {
    home: paginate(posts, config.pageSize, HOME_URL),
    archive: archiveByYear(posts),
    tags: tagIndex.tags,
    tagPages: tagIndex.tags.flatMap((tag) => paginate(tag.posts, config.pageSize, tag.url).map((page) => ({ ...page, tag }))),
    authors: authorIndex.authors,
    authorPages: authorIndex.authors.flatMap((author) => paginate(author.posts, config.pageSize, author.url).map((page) => ({ ...page, author }))),
    tagsOf: tagIndex.byPost,
    authorsOf: authorIndex.byPost,
    neighbours: neighboursOf(posts),
    related: relatedPosts(posts, tagIndex),
  };
}
