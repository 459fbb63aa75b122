import path from "node:path";
import { buildCollections } from "../collections/index.ts";
import { visiblePosts } from "../collections/posts.ts";
import { createCommentMarkdown } from "../comments/markdown.ts";
import { commentSections } from "../comments/sections.ts";
import { createCommentLoader } from "../comments/static.ts";
import { loadAuthorsFile } from "../content/authors-file.ts";
import { resolveInSite, siteFolders } from "../content/files.ts";
import { createPostLoader } from "../content/posts.ts";
import { loadSettings, SETTINGS_FILE, themeFileProblems } from "../content/settings.ts";
import { buildFeed } from "../feeds/entries.ts";
import { createImageProcessor } from "../markdown/images.ts";
import { createMarkdown } from "../markdown/index.ts";
import { isWarning } from "../model/problem.ts";
import type { BuildMode, Site } from "../model/site.ts";
import { stringWarnings } from "../model/strings.ts";
import { sitemapEntries, sitemapOf } from "../sitemap/sitemap.ts";
import { checkLinks } from "./links.ts";
import { routeTable } from "./routes.ts";

/** Loads the site in `root`, as of the moment `now` (epoch milliseconds), which decides which posts are scheduled for later. */
export type SiteLoader = (now: number) => Promise<Site>;

/**
 * Reads the settings, every post, the authors file and the static comments
 * of the site in `root`, and derives everything the pages show from them:
 * the whole data pipeline, nothing written. Problems are collected, never
 * thrown, so one run names them all; only settings that cannot be read stop
 * the loading (a `ProblemsError`).
 *
 * A loader keeps what each file gave, so loading again (the dev server,
 * after a save) reads and renders only the files that changed. Changed
 * settings start afresh, as they shape every post.
 */
export function createSiteLoader(root: string, mode: BuildMode): SiteLoader {
  let readers: { key: string; posts: ReturnType<typeof createPostLoader>; comments: ReturnType<typeof createCommentLoader> } | undefined;

  return async (now) => {
    const settings = await loadSettings(root);
    const key = JSON.stringify(settings);
    if (readers?.key !== key) {
      const checkFile = (file: string) => resolveInSite(file, siteFolders(root));
      const context = { root, settings, markdown: createMarkdown(), processImage: createImageProcessor(root), checkFile };
      readers = { key, posts: createPostLoader(context), comments: createCommentLoader(root, createCommentMarkdown()) };
    }
    const [loaded, authors] = await Promise.all([readers.posts(), loadAuthorsFile(root)]);
    // A broken post's comments are not also called orphans: they are checked once the posts are sound.
    const comments = await readers.comments(loaded.problems.length ? undefined : new Set(loaded.posts.map((post) => post.slug)));

    const posts = visiblePosts(loaded.posts, { includeUnpublished: mode === "development", now });
    // Frozen, so Eleventy's data cascade hands the collections to each page as they are instead of deep-copying them.
    const collections = Object.freeze(buildCollections(posts, settings, authors.ok ? authors.profiles : []));
    const sitemap = Object.freeze(sitemapOf(sitemapEntries(posts, collections, settings)));
    // Unpublished posts keep their addresses: a clash is found before the day they are published.
    const { routes, problems: clashes } = routeTable({ posts: loaded.posts, collections, sitemap });
    const sections = commentSections(posts, comments.byPost, settings, mode);
    const links = checkLinks({ settings, posts, allPosts: loaded.posts, routes, comments: sections });
    return Object.freeze({
      settings,
      mode,
      posts,
      comments: sections,
      collections,
      feed: Object.freeze(await buildFeed(posts, collections, settings)),
      sitemap,
      redirects: posts.flatMap((post) => post.redirects.map((old) => ({ from: old.url, to: post }))),
      routes,
      problems: [...themeFileProblems(root, settings), ...loaded.problems, ...(authors.ok ? [] : authors.problems), ...comments.problems, ...clashes, ...links.filter((link) => !isWarning(link))],
      warnings: [...stringWarnings(settings.language, SETTINGS_FILE), ...loaded.warnings, ...links.filter(isWarning)],
      postsRead: loaded.posts.length,
      skipped: loaded.skipped,
    });
  };
}

/** Loads the site in `root` once: `npm run build` and `npm run check`. */
export function loadSite(root: string, options: { mode: BuildMode; now: number }): Promise<Site> {
  return createSiteLoader(path.resolve(root), options.mode)(options.now);
}
