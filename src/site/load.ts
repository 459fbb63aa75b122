import path from "node:path";
import { buildCollections } from "../collections/index.ts";
import { visiblePosts } from "../collections/posts.ts";
import { seriesProblems } from "../collections/series.ts";
import { createCommentMarkdown } from "../comments/markdown.ts";
import { commentSections } from "../comments/sections.ts";
import { createCommentLoader } from "../comments/static.ts";
import { loadAuthorsFile } from "../content/authors-file.ts";
import { createPageLoader } from "../content/pages.ts";
import { postContext, startPostPool, workerCount, type PostPool, type Workers } from "../content/post-pool.ts";
import { openPostStore } from "../content/post-store.ts";
import { createPostLoader } from "../content/posts.ts";
import { loadSettings, SETTINGS_FILE, themeFileProblems } from "../content/settings.ts";
import { loadStaticFiles } from "../content/static-files.ts";
import { buildFeeds, createFeedHtml, type FeedHtml } from "../feeds/entries.ts";
import { isWarning } from "../model/problem.ts";
import type { Post } from "../model/post.ts";
import type { BuildMode, Site } from "../model/site.ts";
import { stringWarnings } from "../model/strings.ts";
import { sitemapEntries, sitemapOf } from "../sitemap/sitemap.ts";
import { checkLinks } from "./links.ts";
import { siteNav } from "./nav.ts";
import { routeTable } from "./routes.ts";

export interface SiteLoaderOptions {
  /** Worker threads reading posts (src/content/post-pool.ts); none by default. */
  readonly workers?: Workers;
  /**
   * The engine's version (src/publish/engine-version.ts): given, posts read by
   * earlier builds of this engine with these settings are not read again
   * (src/content/post-store.ts).
   */
  readonly engine?: string;
}

/** Loads the site in `root`, as of the moment `now` (epoch milliseconds), which decides which posts are scheduled for later. */
export type SiteLoader = (now: number) => Promise<Site>;

/**
 * Reads the settings, every post and page, the static files, the authors file and the static comments
 * of the site in `root`, and derives everything the pages show from them:
 * the whole data pipeline, nothing written. Problems are collected, never
 * thrown, so one run names them all; only settings that cannot be read stop
 * the loading (a `ProblemsError`).
 *
 * A loader keeps what each file gave, so loading again (the dev server,
 * after a save) reads and renders only the files that changed. Changed
 * settings start afresh, as they shape every post.
 */
export function createSiteLoader(root: string, mode: BuildMode, options: SiteLoaderOptions = {}): SiteLoader {
  let readers:
    | { key: string; posts: ReturnType<typeof createPostLoader>; pages: ReturnType<typeof createPageLoader>; comments: ReturnType<typeof createCommentLoader>; feedHtml: FeedHtml }
    | undefined;

  return async (now) => {
    const settings = await loadSettings(root);
    const key = JSON.stringify(settings);
    if (readers?.key !== key) {
      const context = postContext(root, settings);
      const store = options.engine === undefined ? undefined : await openPostStore(root, [options.engine, key]);
      readers = { key, posts: createPostLoader(context, store), pages: createPageLoader(context), comments: createCommentLoader(root, createCommentMarkdown()), feedHtml: createFeedHtml() };
    }
    // Posts are read by worker threads when there are enough of them (src/content/post-pool.ts), ended once all are read.
    let pool: PostPool | undefined;
    const parseWith = (files: number) => {
      const count = workerCount(options.workers ?? 0, files);
      return count > 0 ? (pool = startPostPool({ root, settings }, count)).parse : undefined;
    };
    const [loaded, loadedPages, staticFiles, authors] = await Promise.all([
      readers.posts(parseWith).finally(() => pool?.close()),
      readers.pages(),
      loadStaticFiles(root),
      loadAuthorsFile(root),
    ]);
    // A broken post's comments are not also called orphans: they are checked once the posts are sound.
    const comments = await readers.comments(loaded.problems.length ? undefined : new Set(loaded.posts.map((post) => post.slug)));

    const posts = visiblePosts(loaded.posts, { includeUnpublished: mode === "development", now });
    // Frozen, so Eleventy's data cascade hands the collections to each page as they are instead of deep-copying them.
    const collections = Object.freeze(buildCollections(posts, settings, authors.ok ? authors.profiles : []));
    const pages = loadedPages.pages.filter((page) => mode === "development" || !page.draft);
    const sitemap = Object.freeze(sitemapOf(sitemapEntries(posts, collections, settings, pages)));
    // Unpublished posts and draft pages keep their addresses: a clash is found before the day they are published.
    const { routes, problems: clashes } = routeTable({ posts: loaded.posts, pages: loadedPages.pages, collections, sitemap, staticFiles: staticFiles.files });
    const sections = commentSections([...posts, ...pages], comments.byPost, settings, mode);
    const links = checkLinks({ settings, posts: [...posts, ...pages], allPosts: [...loaded.posts, ...loadedPages.pages], routes, comments: sections });
    const series = seriesProblems(loaded.posts);
    const feeds = await buildFeeds(posts, collections, settings, readers.feedHtml);
    const nav = await siteNav({ root, settings, pages, routes });
    return Object.freeze({
      settings,
      mode,
      posts,
      years: yearsOf(posts),
      pages,
      nav: nav.nav,
      staticFiles: staticFiles.files,
      comments: sections,
      collections,
      feed: Object.freeze(feeds.feed),
      listFeeds: Object.freeze(feeds.listFeeds),
      sitemap,
      redirects: [...posts, ...pages].flatMap((document) => document.redirects.map((old) => ({ from: old.url, to: document }))),
      routes,
      problems: [
        ...themeFileProblems(root, settings),
        ...loaded.problems,
        ...loadedPages.problems,
        ...staticFiles.problems,
        ...(authors.ok ? [] : authors.problems),
        ...comments.problems,
        ...series.problems,
        ...clashes,
        ...nav.problems,
        ...links.filter((link) => !isWarning(link)),
      ],
      warnings: [...stringWarnings(settings.language, SETTINGS_FILE), ...loaded.warnings, ...loadedPages.warnings, ...series.warnings, ...links.filter(isWarning)],
      postsRead: loaded.posts.length,
      postsReadAgain: loaded.readAgain,
      skipped: [...loaded.skipped, ...loadedPages.skipped],
      moving: loaded.moving,
    });
  };
}

/** Computed once: the footer of every page prints them. */
function yearsOf(posts: readonly Post[]): Site["years"] {
  let first: string | undefined;
  let last: string | undefined;
  for (const post of posts) {
    const year = post.date.day.slice(0, 4);
    if (first === undefined || year < first) first = year;
    if (last === undefined || year > last) last = year;
  }
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** Loads the site in `root` once: `npm run build` and `npm run check`. Posts are read by `workers` worker threads ("auto" by default). */
export function loadSite(root: string, options: SiteLoaderOptions & { mode: BuildMode; now: number }): Promise<Site> {
  return createSiteLoader(path.resolve(root), options.mode, { ...options, workers: options.workers ?? "auto" })(options.now);
}
