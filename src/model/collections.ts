import type { Post } from "./post.ts";

/** A link from the authors file: `title: Website`, `url: https://...`. */
export interface AuthorLink {
  readonly title: string;
  readonly url: string;
}

/** An entry of `authors.yaml`. */
export interface AuthorProfile {
  readonly name: string;
  readonly bio?: string | undefined;
  readonly links: readonly AuthorLink[];
  /** A picture in public/, published at `/<avatar>`. */
  readonly avatar?: string | undefined;
}

/** A tag as readers see it: one page per slug, whatever spellings the posts use. */
export interface Tag {
  /** The identity: `middle-east` for `Middle East`, `middle-east` and `middle east`. */
  readonly slug: string;
  /** The spelling most posts use; ties go to the first in code-point order. */
  readonly name: string;
  /** Site-relative URL of the tag's page: `/tags/middle-east/`. */
  readonly url: string;
  /** Site-relative URL of the tag's Atom feed: `/tags/middle-east/feed.xml`. */
  readonly feedUrl: string;
  /** Newest first. */
  readonly posts: readonly Post[];
}

export interface Author {
  readonly slug: string;
  /** From the authors file when it describes this author, else the spelling most posts use. */
  readonly name: string;
  /** Site-relative URL of the author's page: `/authors/amira-haddad/`. */
  readonly url: string;
  /** Site-relative URL of the author's Atom feed: `/authors/amira-haddad/feed.xml`. */
  readonly feedUrl: string;
  readonly bio?: string;
  readonly links: readonly AuthorLink[];
  /** Site-relative URL of the author's picture, from the authors file. */
  readonly avatar?: string;
  /** Newest first. */
  readonly posts: readonly Post[];
}

/** Posts that say `series: Name`, read in order. */
export interface Series {
  /** The identity: `reading-the-press` for `Reading the Press`. Two names with one slug are a problem. */
  readonly slug: string;
  readonly name: string;
  /** Site-relative URL of the series' page: `/series/reading-the-press/`. */
  readonly url: string;
  /** Site-relative URL of the series' Atom feed: `/series/reading-the-press/feed.xml`. */
  readonly feedUrl: string;
  /** In reading order: by `seriesOrder`, then (posts without one) oldest first, then by slug. */
  readonly parts: readonly Post[];
  /** Newest first, as every other list and feed has them. */
  readonly posts: readonly Post[];
}

/** Where a post stands in its series: part `number` of `series.parts.length`. */
export interface SeriesPart {
  readonly series: Series;
  /** 1-based. */
  readonly number: number;
}

/**
 * One page of a paginated list. Page 1 is the list's own URL; later pages
 * live under it: `/`, `/page/2/`; `/tags/iraq/`, `/tags/iraq/page/2/`.
 */
export interface ListPage<T> {
  /** Site-relative URL of this page. */
  readonly url: string;
  /** Site-relative URL of page 1, the list itself. */
  readonly listUrl: string;
  /** 1-based. */
  readonly number: number;
  readonly count: number;
  readonly items: readonly T[];
}

/**
 * A page of the home page. Page 1 shows the pinned posts first, and its
 * `items` leave them out; later pages show the posts in their place by date,
 * pinned or not, as every other list does.
 */
export interface HomePage extends ListPage<Post> {
  /** Page 1: the pinned posts, newest first. Empty on every other page. */
  readonly pinned: readonly Post[];
}

export interface TagPage extends ListPage<Post> {
  readonly tag: Tag;
}

export interface AuthorPage extends ListPage<Post> {
  readonly author: Author;
}

export interface ArchiveYear {
  /** `2020`, from the calendar day as written. */
  readonly year: string;
  /** Newest first. */
  readonly posts: readonly Post[];
}

export interface Neighbours {
  /** The next older post. */
  readonly previous?: Post;
  /** The next newer post. */
  readonly next?: Post;
}

/**
 * Every list a page shows, computed once per build from the shown posts.
 * Pages are made from these flat arrays and look posts up in the maps;
 * none of them filters the posts again.
 */
export interface Collections {
  /** `/`, `/page/2/`, ... */
  readonly home: readonly HomePage[];
  readonly archive: readonly ArchiveYear[];
  readonly tags: readonly Tag[];
  /** Every page of every tag: `/tags/iraq/`, `/tags/iraq/page/2/`, ... */
  readonly tagPages: readonly TagPage[];
  readonly authors: readonly Author[];
  readonly authorPages: readonly AuthorPage[];
  /** Every series, by name in the site's language. */
  readonly series: readonly Series[];
  /** By post id. */
  readonly tagsOf: ReadonlyMap<string, readonly Tag[]>;
  readonly authorsOf: ReadonlyMap<string, readonly Author[]>;
  /** The series each post is part of, with its place in it. */
  readonly seriesOf: ReadonlyMap<string, SeriesPart>;
  readonly neighbours: ReadonlyMap<string, Neighbours>;
  readonly related: ReadonlyMap<string, readonly Post[]>;
}
