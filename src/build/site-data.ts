import type { MarkdownIt } from "markdown-it";
import { loadSiteConfig, type SiteConfig } from "../config/site.ts";
import { visiblePosts } from "../collections/posts.ts";
import { buildCollections, type Collections } from "../collections/index.ts";
import { loadAuthorsFile, type AuthorProfile } from "../content/authors-file.ts";
import { buildFeed, type Feed } from "../feeds/entries.ts";
import { createPostLoader, type LoadedPosts } from "../content/load.ts";
import type { Post } from "../content/post.ts";
import { ProblemsError, type Problem } from "../content/problems.ts";
import { createMarkdown } from "../markdown/index.ts";
import { createCommentMarkdown } from "../comments/markdown.ts";
import { createCommentLoader, type StaticComment } from "../comments/static.ts";
import { sitemapEntries, sitemapOf, type Sitemap } from "../sitemap/sitemap.ts";

export type BuildMode = "production" | "development";

/** Everything the templates read: the settings and the posts to show, newest first. */
export interface SiteData {
  readonly config: SiteConfig;
  readonly mode: BuildMode;
  readonly posts: readonly Post[];
  /** Static comments (`comments/<slug>/*.md`) by post slug, oldest first. */
  readonly comments: ReadonlyMap<string, readonly StaticComment[]>;
  /** Home pages, archive, tags, authors, neighbours and related posts, all from `posts`. */
  readonly collections: Collections;
  /** The newest posts as the Atom, RSS and JSON feeds carry them. */
  readonly feed: Feed;
  /** Every public URL for sitemap.xml, split into several files on a site of more than 50,000 pages. */
  readonly sitemap: Sitemap;
  /** Old addresses of the shown posts, each to get a page that redirects to its post. */
  readonly redirects: readonly Redirect[];
  /** Problems that do not stop the build, for the build command to print. */
  readonly warnings: readonly Problem[];
}

export interface Redirect {
  /** The old site-relative address: `/2019/01/old-post/` or `/old-post.html`. */
  readonly from: string;
  readonly to: Post;
}

export interface SiteDataOptions {
  readonly root: string;
  readonly mode: BuildMode;
  /** The moment that decides which posts are scheduled for later; defaults to now. */
  readonly now?: number;
}

const loaders = new Map<string, { key: string; load: ReturnType<typeof createPostLoader>; loadComments: ReturnType<typeof createCommentLoader> }>();
let markdown: MarkdownIt | undefined;
let commentMarkdown: MarkdownIt | undefined;

/**
 * Reads the settings, every post, the authors file and the static comments, and collects every problem in them.
 * Repeated calls for the same site reuse the posts whose files did not change.
 */
export async function loadPosts(
  root: string,
): Promise<{ config: SiteConfig; authors: readonly AuthorProfile[]; comments: ReadonlyMap<string, readonly StaticComment[]> } & LoadedPosts> {
  const config = await loadSiteConfig(root);
  const key = JSON.stringify(config);
  let entry = loaders.get(root);
  if (!entry || entry.key !== key) {
    markdown ??= createMarkdown();
    commentMarkdown ??= createCommentMarkdown();
    entry = { key, load: createPostLoader(root, config, markdown), loadComments: createCommentLoader(root, commentMarkdown) };
    loaders.set(root, entry);
  }
  const [loaded, authors] = await Promise.all([entry.load(), loadAuthorsFile(root)]);
  // A broken post's comments are not also called orphans: they are checked once the posts are sound.
  const comments = await entry.loadComments(loaded.problems.length ? undefined : new Set(loaded.posts.map((post) => post.slug)));
  return {
    config,
    ...loaded,
    problems: [...loaded.problems, ...(authors.ok ? [] : authors.problems), ...comments.problems],
    authors: authors.ok ? authors.profiles : [],
    comments: comments.byPost,
  };
}

/**
 * Loads, validates and renders every post once, and decides which are shown.
 * Stops with every problem found, never with only the first.
 */
export async function loadSiteData(options: SiteDataOptions): Promise<SiteData> {
  const { config, posts, problems, warnings, authors, comments } = await loadPosts(options.root);
  if (problems.length) throw new ProblemsError(problems);
  const now = options.now ?? nowFromEnvironment();
  const shown = visiblePosts(posts, { includeUnpublished: options.mode === "development", now });
  // Frozen, so Eleventy's data cascade hands the collections to each template as they are instead of deep-copying them.
  const collections = Object.freeze(buildCollections(shown, config, authors));
  return Object.freeze({
    config,
    mode: options.mode,
    posts: shown,
    comments,
    collections,
    feed: Object.freeze(await buildFeed(shown, collections, config)),
    sitemap: Object.freeze(sitemapOf(sitemapEntries({ posts: shown, collections, config }))),
    redirects: shown.flatMap((post) => post.redirects.map((from) => ({ from, to: post }))),
    warnings,
  });
}

/** `BROADSHEET_NOW` pins "now" (any date Date.parse reads), so builds can be reproduced on a later day. */
function nowFromEnvironment(): number {
  const pinned = process.env.BROADSHEET_NOW;
  if (!pinned) return Date.now();
  const value = Date.parse(pinned);
  if (Number.isNaN(value)) throw new ProblemsError([{ file: "(environment)", field: "BROADSHEET_NOW", message: `"${pinned}" is not a date; expected for example 2026-01-31` }]);
  return value;
}
