import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { isMarkdownFile } from "../content/files.ts";
import { POSTS_DIR } from "../content/posts.ts";
import type { Site } from "../model/site.ts";
import { pageShows } from "./page-shows.ts";
import type { PageSelection } from "./post-pages.ts";

/**
 * The dev server rebuilds every page on every save, and on thousands of posts
 * that takes seconds. When only post files changed, a page can only change
 * if a post it shows changed: the post loader hands back the very same `Post`
 * object for a file that did not change, so a page whose posts (by identity),
 * numbers and names are the same as when it was last written is left as it
 * is on disk, neither rendered nor written. Any other change (settings,
 * authors, comments, templates, code, a deleted post, a failed build) makes
 * the next build a full one. The production build never gets here.
 *
 * `select` is handed to the steps that write pages; `plugin` follows the
 * dev server's rebuilds. The state lives as long as one configuration: after
 * a code change the configuration is loaded again, and its first build is a
 * full one.
 */
export function changedPages(root: string): { select: PageSelection; plugin: (eleventyConfig: UserConfig) => void } {
  /** Whether the build in progress may leave unchanged pages alone. */
  let selective = false;
  /** What each page showed when it was last written, by URL. */
  const written = new Map<string, string>();
  /** What the pages of the build in progress show; kept once the build finishes. */
  const pending = new Map<string, string>();

  const postsDir = path.resolve(root, POSTS_DIR);
  const isPost = (file: string) => {
    const absolute = path.resolve(file);
    return absolute.startsWith(postsDir + path.sep) && isMarkdownFile(path.basename(absolute));
  };

  const identity = identities();
  const describers = new WeakMap<Site, (item: object) => string>();
  const select: PageSelection = (items, site) => {
    let describe = describers.get(site);
    if (!describe) describers.set(site, (describe = pageShows(site, identity)));
    return items.filter((item) => {
      const url = "from" in item ? item.from : item.url;
      const shown = describe(item);
      pending.set(url, shown);
      return !selective || written.get(url) !== shown;
    });
  };

  const plugin = (eleventyConfig: UserConfig) => {
    eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
      // Pages still pending belong to a build that failed part-way: what is on disk is unknown.
      const lastBuildFinished = pending.size === 0;
      selective = lastBuildFinished && queue.length > 0 && queue.every(isPost);
      if (!selective) written.clear();
      pending.clear();
    });
    eleventyConfig.on("eleventy.after", () => {
      // Every page of the site is pending by now: a page the site no longer has is forgotten (and pruned from disk).
      written.clear();
      for (const [url, shown] of pending) written.set(url, shown);
      pending.clear();
      selective = false;
    });
  };

  return { select, plugin };
}

/** A number for each object, the same for as long as the object lives: how pages name the posts they show. */
function identities(): (value: object) => number {
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  return (value) => {
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ++lastId));
    return id;
  };
}
