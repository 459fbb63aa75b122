import type { Heading, PostAsset, SocialImage } from "../markdown/index.ts";
import type { TextDirection } from "./language.ts";
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
  /** Plain text for the page's description and social previews: the description, else the excerpt, cut near 160 characters. */
  readonly metaDescription: string;
  /** Whole minutes, at least one. */
  readonly readingMinutes: number;
  /** The h2–h4 headings of the body with their ids, in order. */
  readonly headings: readonly Heading[];
  /** Whether the page shows a table of contents: `toc` in front matter, else the site's `toc` setting; never for a post without headings. */
  readonly toc: boolean;
  /** BCP 47 tag of the language the post is written in: `lang` in front matter, else the site's. */
  readonly lang: string;
  readonly dir: TextDirection;
  /** The picture for social previews: front matter `image`, else the body's first image with alt text. */
  readonly image: SocialImage | undefined;
  /** Files the built site must contain for this post: its processed images, and the files beside a folder post (`posts/<name>/index.md`). */
  readonly assets: readonly PostAsset[];
}

export function postUrl(slug: string): string {
  return `/posts/${slug}/`;
}
