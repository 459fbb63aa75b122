/** A moment as the writer wrote it. Nothing reads the machine's time zone: the day shown is always the day written. */
export interface PostDate {
  /** The calendar day as written: `2020-07-13`. */
  readonly day: string;
  /** An RFC 3339 instant: the time and offset as written, else midnight UTC. Every output that names the moment spells it this way. */
  readonly instant: string;
  /** Milliseconds since the epoch of `instant`, for sorting and comparing. */
  readonly epoch: number;
}

export type TextDirection = "ltr" | "rtl";

/** A heading of the post that has an id: an entry of the table of contents. */
export interface Heading {
  /** 2, 3 or 4. */
  readonly level: number;
  readonly id: string;
  /** Plain text. */
  readonly text: string;
}

/** The image shown when a post is shared: front matter `image`, else the post's first image. */
export interface SocialImage {
  /** Site-relative URL. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/**
 * A picture the pages show: each encoded width of each format (AVIF, WebP,
 * then the source's own), for a `<picture>` whose browser picks the smallest
 * file that fills its box. URLs are site-relative.
 */
export interface ResponsiveImage {
  readonly alt: string;
  /** Of the largest encoding: the aspect ratio, so the page does not shift while it loads. */
  readonly width: number;
  readonly height: number;
  /** Best format first; the last is the fallback `<img>`'s. */
  readonly formats: readonly { readonly type: string; readonly sizes: readonly { readonly url: string; readonly width: number }[] }[];
}

/**
 * The picture drawn for a post that has none of its own (src/cards/): what
 * it shows, where the PNG is kept and where it is published.
 */
export interface SocialCard {
  readonly site: string;
  readonly title: string;
  /** "Author · July 13, 2020", in the site's language. */
  readonly byline: string;
  /** The title's direction (the post's); the site's name and byline run in the site's. */
  readonly dir: TextDirection;
  readonly siteDir: TextDirection;
  /** The colour of the bar and the site's name: the site's accent of the light scheme (`theme.accent.light`), else the theme's. */
  readonly accent: string;
  /** The PNG in the site's cache, named by a hash of everything above and the theme. */
  readonly file: string;
  /** Site-relative URL it is published at. */
  readonly url: string;
}

/** An address a post had on another site or engine: a page there sends readers on to the post. */
export interface OldAddress {
  /** Site-relative: `/2019/01/old-post/` or `/old-post.html`. */
  readonly url: string;
  readonly field: "redirect_from" | "aliases" | "permalink" | "url" | "path";
  /** Where the field is written in the post's front matter, for problems about this address. */
  readonly line?: number;
  readonly column?: number;
}

/** A link of the post's Markdown, where it is written, for checking links inside the site. */
export interface PostLink {
  /** The address as markdown-it gives it (percent-encoded), as the page links it. */
  readonly href: string;
  /** A site-absolute address as markdown-it gives it (`/files/report.pdf`), which the page links relative to itself (`href`). */
  readonly written?: string;
  /** Line in the post's file, counted from 1. */
  readonly line: number;
  readonly column: number;
}

/** A file a post needs copied into the built site. */
export interface PostAsset {
  /** Absolute path of the file to copy: a processed image in the cache, or a file beside a folder post. */
  readonly from: string;
  /** Site-relative URL it is published at. */
  readonly to: string;
  /** For a file beside a folder post, its path relative to the site root (`posts/trip/map.pdf`), as problems name it. */
  readonly source?: string;
}

/** A post's place in a series, as its front matter gives it (`series`, `seriesOrder`). */
export interface SeriesMembership {
  /** The series' name as written. */
  readonly name: string;
  /** `seriesOrder`: where the post goes among the parts; without it, by date after those that have one. */
  readonly order: number | undefined;
  /** Where `series` and `seriesOrder` are written in the front matter, for problems about them. */
  readonly line?: number;
  readonly column?: number;
  readonly orderLine?: number;
  readonly orderColumn?: number;
}

/** What a post and a page of `pages/` share: a Markdown file read and rendered once. */
export interface RenderedDocument {
  /** Old addresses that redirect here, each with the field that gave it. */
  readonly redirects: readonly OldAddress[];
  /** Plain text: the description, else the start of the first paragraph. */
  readonly excerpt: string;
  /** The rendered Markdown body; the only HTML that reaches pages unescaped. */
  readonly html: string;
  /** Path of the Markdown file relative to the site root: `posts/x.md`, `pages/about.md`. */
  readonly sourcePath: string;
  /** Every front matter field as written, unknown ones included. */
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The validated post every page, feed and index reads. Built once per post,
 * from its front matter (through the schema in src/content/schema.ts) and its
 * rendered Markdown.
 */
export interface Post extends RenderedDocument {
  /** Stable identifier for comment threads and feeds: the slug. */
  readonly id: string;
  readonly slug: string;
  /** Site-relative URL, `/posts/<slug>/`. */
  readonly url: string;
  readonly title: string;
  /** Every author, in the order written. */
  readonly authors: readonly string[];
  /** The byline: the authors joined in the site's language, "A and B". */
  readonly author: string;
  readonly date: PostDate;
  readonly updated: PostDate | undefined;
  /** `expiryDate` (Hugo's, or its `unpublishdate`): from this moment a production build leaves the post out, as Hugo does. */
  readonly expires: PostDate | undefined;
  readonly description: string | undefined;
  readonly tags: readonly string[];
  readonly draft: boolean;
  /** `pinned: true`: shown first on the home page's first page, and in its place by date everywhere else. */
  readonly pinned: boolean;
  /** The series the post is part of (`series: Name`), if any. */
  readonly series: SeriesMembership | undefined;
  /** `false` in front matter removes the comments section. */
  readonly comments: boolean;
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
  /** The picture for social previews: front matter `image`, else the body's first image with alt text, else the post's card. */
  readonly image: SocialImage | undefined;
  /** Front matter `image` with `imageAlt`, shown at the top of the post's page. */
  readonly cover: ResponsiveImage | undefined;
  /** The picture beside the post in lists: its cover, else the body's first image. */
  readonly thumbnail: ResponsiveImage | undefined;
  /** The card drawn for the post when it has no picture of its own (and the site has `socialCards` on). */
  readonly card: SocialCard | undefined;
  /** Every link of the body, with its line and column in the file. */
  readonly links: readonly PostLink[];
  /** How many videos of the body wait for the reader's click; the page includes the loader script when there is one. */
  readonly embeds: number;
  /** Files the built site must contain for this post: its processed images, and the files beside a folder post (`posts/<name>/index.md`). */
  readonly assets: readonly PostAsset[];
}
