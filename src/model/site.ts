import type { MovingSummary } from "./moving.ts";
import type { Collections } from "./collections.ts";
import type { CommentsSection } from "./comments.ts";
import type { Feed, ListFeed, Sitemap } from "./feed.ts";
import type { Page } from "./page.ts";
import type { Post } from "./post.ts";
import type { Problem } from "./problem.ts";
import type { Settings } from "./settings.ts";

/** The dev server shows drafts and scheduled posts; a production build leaves them out everywhere. */
export type BuildMode = "production" | "development";

/** A page left at a post's or a page's old address, sending readers on to it. */
export interface Redirect {
  /** The old site-relative address: `/2019/01/old-post/` or `/old-post.html`. */
  readonly from: string;
  readonly to: Post | Page;
}

/** A file of the site's static folder (`public/`, or Hugo's `static/`), copied to the site as it is. */
export interface StaticFile {
  /** Absolute path of the file to copy. */
  readonly from: string;
  /** Site-relative URL it is published at: `/favicon.ico`, `/.well-known/security.txt`. */
  readonly url: string;
  /** Its path relative to the site root, as problems name it: `public/favicon.ico`. */
  readonly source: string;
}

/** A link of the site's header. */
export interface NavLink {
  readonly title: string;
  /** Site-relative (`/about/`) for a page of the site, else an absolute http(s) or mailto: URL. */
  readonly url: string;
  readonly external: boolean;
}

/**
 * The whole site as one value: loaded once per build (src/site/), then
 * handed to every step that writes something. Nothing is read from disk again.
 */
export interface Site {
  readonly settings: Settings;
  readonly mode: BuildMode;
  /** The posts shown, newest first: in production, without drafts and scheduled posts. */
  readonly posts: readonly Post[];
  /** The pages shown (`pages/`), by address: in production, without drafts. Never in a list of posts. */
  readonly pages: readonly Page[];
  /** The years of the earliest and latest day among `posts`, as written, for the default copyright line; undefined without posts. */
  readonly years: { readonly first: string; readonly last: string } | undefined;
  /** The header's links, in order: the `nav` setting, else the list pages and the pages with `menu: true`. */
  readonly nav: readonly NavLink[];
  /** The files of the static folders, copied to the site as they are. */
  readonly staticFiles: readonly StaticFile[];
  /** Each shown post's and page's comments section, by its id; one with comments off has none. */
  readonly comments: ReadonlyMap<string, CommentsSection>;
  /** Home pages, archive, tags, authors, neighbours and related posts, all from `posts`. */
  readonly collections: Collections;
  /** The newest posts as the Atom, RSS and JSON feeds carry them. */
  readonly feed: Feed;
  /** The Atom feed of each tag, author and series, with its newest posts. */
  readonly listFeeds: readonly ListFeed[];
  /** Every public URL for sitemap.xml, split into several files on a site of more than 50,000 pages. */
  readonly sitemap: Sitemap;
  /** Old addresses of the shown posts and pages, each to get a page that redirects to its post or page. */
  readonly redirects: readonly Redirect[];
  /**
   * Every file the build writes, by its path in the output folder
   * (`posts/x/index.html`), with what it belongs to (`posts/x.md`, "the
   * archive"). Computed before anything is written, so two claims on one
   * address are a problem, not an overwritten page.
   */
  readonly routes: ReadonlyMap<string, string>;
  /** What stops a build, each naming its file, line and field. */
  readonly problems: readonly Problem[];
  /** What the writer should fix but does not stop a build. */
  readonly warnings: readonly Problem[];
  /** How many posts were read and found sound, drafts included. */
  readonly postsRead: number;
  /** How many posts were read again rather than taken as an earlier build read them (src/content/post-store.ts): when few were, most of the search index is likely the kept one. */
  readonly postsReadAgain: number;
  /** Documents in other formats (`.mdx`, `.html`, ...) that are not posts, for `npm run check` to list. */
  readonly skipped: readonly string[];
  /** What reading other engines' posts took, for `npm run check`'s movers' summary. */
  readonly moving: MovingSummary;
}
