import type { FrontMatterFields } from "./schema.ts";

/**
 * The validated post every page, feed and index reads. Built once per post,
 * from its front matter (through the schema) and its rendered Markdown.
 */
export interface Post extends Pick<FrontMatterFields, "title" | "date" | "updated" | "description" | "tags" | "draft" | "comments"> {
  /** Stable identifier for comment threads and feeds: the slug. */
  readonly id: string;
  readonly slug: string;
  /** Site-relative URL, `/posts/<slug>/`. */
  readonly url: string;
  /** Every author, in the order written. */
  readonly authors: readonly string[];
  /** The byline: the authors joined in the site's language, "A and B". */
  readonly author: string;
  /** Files beside a folder post (`posts/<name>/index.md`), published beside its page. */
  readonly assets: readonly PostAsset[];
  /** Old addresses (`redirect_from`, `aliases`, `permalink`) that redirect here. */
  readonly redirects: readonly string[];
  /** Plain text: the description, else the start of the first paragraph. */
  readonly excerpt: string;
  /** The rendered Markdown body; the only HTML that reaches pages unescaped. */
  readonly html: string;
  /** Path of the Markdown file relative to the site root: `posts/x.md`. */
  readonly sourcePath: string;
  /** Every front matter field as written, unknown ones included. */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface PostAsset {
  /** Path relative to the site root: `posts/trip/photo.jpg`. */
  readonly source: string;
  /** Site-relative URL: `/posts/trip/photo.jpg`. */
  readonly url: string;
}

export function postUrl(slug: string): string {
  return `/posts/${slug}/`;
}
