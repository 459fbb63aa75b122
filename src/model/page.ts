import type { Heading, PostAsset, PostLink, RenderedDocument, SocialImage, TextDirection } from "./post.ts";

/**
 * A page that is not a post: `pages/about.md` at `/about/`, a folder page
 * `pages/contact/index.md` at `/contact/` with the files beside it. The same
 * Markdown, images and checks as a post, but no date, byline or
 * previous/next, and never in a list of posts, a feed, the archive or a tag.
 * Built once per file, through the page schema in src/content/page-schema.ts.
 */
export interface Page extends RenderedDocument {
  /** Stable identifier for a comments provider: `pages/<path>`, which no post's id (its slug, without a slash) can be. */
  readonly id: string;
  /** The page's path under the site, without slashes around it: `about`, `docs/setup`. */
  readonly path: string;
  /** Site-relative URL: `/about/`. */
  readonly url: string;
  readonly title: string;
  readonly description: string | undefined;
  /** `menu: true`: listed in the header when the settings give no `nav`. */
  readonly menu: boolean;
  /** Its place among the menu's pages, smallest first; pages without one follow, by title. */
  readonly order: number | undefined;
  /** `draft: true`: shown by the dev server only. */
  readonly draft: boolean;
  /** `comments: true` gives the page a comments section; pages have none by default. */
  readonly comments: boolean;
  readonly metaDescription: string;
  readonly headings: readonly Heading[];
  readonly toc: boolean;
  readonly lang: string;
  readonly dir: TextDirection;
  /** Front matter `image`, else the body's first image with alt text. Pages get no drawn card. */
  readonly image: SocialImage | undefined;
  readonly links: readonly PostLink[];
  readonly embeds: number;
  /** Its processed images, and the files beside a folder page. */
  readonly assets: readonly PostAsset[];
}
