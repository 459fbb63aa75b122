import type { MovingSummary } from "./moving.ts";
import type { Collections } from "./collections.ts";
import type { CommentsSection } from "./comments.ts";
import type { Feed, Sitemap } from "./feed.ts";
import type { Post } from "./post.ts";
import type { Problem } from "./problem.ts";
import type { Settings } from "./settings.ts";

/** The dev server shows drafts and scheduled posts; a production build leaves them out everywhere. */
export type BuildMode = "production" | "development";

/** A page left at a post's old address, sending readers on to the post. */
export interface Redirect {
  /** The old site-relative address: `/2019/01/old-post/` or `/old-post.html`. */
  readonly from: string;
  readonly to: Post;
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
  /** Each shown post's comments section, by post id; a post with comments off has none. */
  readonly comments: ReadonlyMap<string, CommentsSection>;
  /** Home pages, archive, tags, authors, neighbours and related posts, all from `posts`. */
  readonly collections: Collections;
  /** The newest posts as the Atom, RSS and JSON feeds carry them. */
  readonly feed: Feed;
  /** Every public URL for sitemap.xml, split into several files on a site of more than 50,000 pages. */
  readonly sitemap: Sitemap;
  /** Old addresses of the shown posts, each to get a page that redirects to its post. */
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
  /** Documents in other formats (`.mdx`, `.html`, ...) that are not posts, for `npm run check` to list. */
  readonly skipped: readonly string[];
  /** What reading other engines' posts took, for `npm run check`'s movers' summary. */
  readonly moving: MovingSummary;
}
