import type { MarkdownIt } from "markdown-it";
import { loadSiteConfig, type SiteConfig } from "../config/site.ts";
import { visiblePosts } from "../collections/posts.ts";
import { createPostLoader } from "../content/load.ts";
import type { Post } from "../content/post.ts";
import { ProblemsError } from "../content/problems.ts";
import { createMarkdown } from "../markdown/index.ts";
import { createCommentMarkdown } from "../comments/markdown.ts";
import { createCommentLoader, type StaticComment } from "../comments/static.ts";

export type BuildMode = "production" | "development";

/** Everything the templates read: the settings and the posts to show, newest first. */
export interface SiteData {
  readonly config: SiteConfig;
  readonly mode: BuildMode;
  readonly posts: readonly Post[];
  /** Static comments (`comments/<slug>/*.md`) by post slug, oldest first. */
  readonly comments: ReadonlyMap<string, readonly StaticComment[]>;
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
 * Loads, validates and renders every post once. Stops with every problem
 * found, never with only the first. Repeated calls for the same site reuse
 * the posts whose files did not change.
 */
export async function loadSiteData(options: SiteDataOptions): Promise<SiteData> {
  const config = await loadSiteConfig(options.root);
  const key = JSON.stringify(config);
  let entry = loaders.get(options.root);
  if (!entry || entry.key !== key) {
    markdown ??= createMarkdown();
    commentMarkdown ??= createCommentMarkdown();
    entry = { key, load: createPostLoader(options.root, config, markdown), loadComments: createCommentLoader(options.root, commentMarkdown) };
    loaders.set(options.root, entry);
  }
  const { posts, problems } = await entry.load();
  const comments = await entry.loadComments(problems.length ? undefined : new Set(posts.map((post) => post.slug)));
  if (problems.length || comments.problems.length) throw new ProblemsError([...problems, ...comments.problems]);
  const now = options.now ?? nowFromEnvironment();
  return {
    config,
    mode: options.mode,
    posts: visiblePosts(posts, { includeUnpublished: options.mode === "development", now }),
    comments: comments.byPost,
  };
}

/** `BROADSHEET_NOW` pins "now" (any date Date.parse reads), so builds can be reproduced on a later day. */
function nowFromEnvironment(): number {
  const pinned = process.env.BROADSHEET_NOW;
  if (!pinned) return Date.now();
  const value = Date.parse(pinned);
  if (Number.isNaN(value)) throw new ProblemsError([{ file: "(environment)", field: "BROADSHEET_NOW", message: `"${pinned}" is not a date; expected for example 2026-01-31` }]);
  return value;
}
