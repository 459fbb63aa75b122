import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteData } from "../build/site-data.ts";
import { isPostFile, POSTS_DIR } from "../content/load.ts";
import type { Post } from "../content/post.ts";

/**
 * The dev server rebuilds every page on every save, and on thousands of posts
 * that takes seconds. When only post files changed, a page can only change
 * if a post it shows changed: the post loader hands back the very same `Post`
 * object for a file that did not change, so a page whose posts (by identity),
 * numbers and names are the same as when it was last written is left as it
 * is on disk, neither rendered nor written. Any other change (settings,
 * authors, comments, templates, code, a deleted post, a failed build) makes
 * the next build a full one. The production build never gets here.
 */
interface State {
  /** Whether the build in progress may leave unchanged pages alone. */
  selective: boolean;
  /** What each page showed when it was last written, by URL. */
  written: Map<string, string>;
  /** What the pages of the build in progress show; kept once the build finishes. */
  pending: Map<string, string>;
}

const STATE = Symbol.for("broadsheet.changedPages");
// On globalThis: templates and the configuration import this module afresh after code changes.
const state: State = ((globalThis as { [STATE]?: State })[STATE] ??= { selective: false, written: new Map(), pending: new Map() });

export function changedPages(eleventyConfig: UserConfig, options: { root: string }): void {
  const runMode = process.env.ELEVENTY_RUN_MODE;
  if (runMode !== "serve" && runMode !== "watch") return;
  const postsDir = path.resolve(options.root, POSTS_DIR);
  const isPost = (file: string) => {
    const absolute = path.resolve(file);
    return absolute.startsWith(postsDir + path.sep) && isPostFile(path.basename(absolute));
  };
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    // Pages still pending belong to a build that failed part-way: what is on disk is unknown.
    const lastBuildFinished = state.pending.size === 0;
    state.selective = lastBuildFinished && queue.length > 0 && queue.every(isPost);
    if (!state.selective) state.written.clear();
    state.pending.clear();
  });
  eleventyConfig.on("eleventy.after", () => {
    for (const [url, shown] of state.pending) state.written.set(url, shown);
    state.pending.clear();
    state.selective = false;
  });
}

type PageItem = Post | { readonly url: string } | { readonly from: string; readonly to: Post };

/**
 * `pagination.before` of every paginated page template: the items whose page
 * must be rendered in this build. In a full build, and outside the dev server,
 * that is every item.
 */
export function pagesToRender<T extends PageItem>(items: readonly T[], data: { readonly broadsheet: SiteData }): readonly T[] {
  if (data.broadsheet.mode !== "development") return items;
  const describe = describer(data.broadsheet);
  return items.filter((item) => {
    const url = "from" in item ? item.from : item.url;
    const shown = describe(item);
    state.pending.set(url, shown);
    return !state.selective || state.written.get(url) !== shown;
  });
}

const ids = new WeakMap<object, number>();
let lastId = 0;
function identity(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++lastId));
  return id;
}

/** A tag or an author. */
interface Group {
  readonly slug: string;
  readonly name: string;
  readonly url: string;
  readonly posts: readonly Post[];
}

const describers = new WeakMap<SiteData, (item: PageItem) => string>();

/**
 * What a page shows, as text to compare between builds: each post by
 * identity with the names and counts of its authors and tags; for a post's
 * own page also its neighbours and related posts; for a list page its
 * numbers, the posts on it and the tag or author it lists.
 */
function describer(site: SiteData): (item: PageItem) => string {
  const known = describers.get(site);
  if (known) return known;
  const posts = new Set<unknown>(site.posts);
  const { authorsOf, tagsOf, neighbours, related } = site.collections;
  // A tag or author page shows how many posts it lists; a post names its tags and authors without counts.
  const group = (value: Group, counted: boolean) => JSON.stringify({ ...value, posts: counted ? value.posts.length : undefined });
  const named = (value: Group) => group(value, false);
  const post = (value: Post, ownPage: boolean): string => {
    const parts = [`#${identity(value)}`, ...(authorsOf.get(value.id) ?? []).map(named), ...(tagsOf.get(value.id) ?? []).map(named)];
    if (ownPage) {
      const { previous, next } = neighbours.get(value.id) ?? {};
      parts.push(`<${previous ? identity(previous) : ""}>${next ? identity(next) : ""}`, ...(related.get(value.id) ?? []).map((other) => `~${identity(other)}`));
    }
    return parts.join("|");
  };
  const walk = (value: unknown): string => {
    if (posts.has(value)) return post(value as Post, false);
    if (Array.isArray(value)) return `[${value.map(walk).join(",")}]`;
    if (value && typeof value === "object") {
      if ("slug" in value && "posts" in value) return group(value as Group, true);
      return `{${Object.entries(value).map(([key, field]) => `${key}:${walk(field)}`).join(",")}}`;
    }
    return JSON.stringify(value) ?? "";
  };
  const describe = (item: PageItem) => (posts.has(item) ? post(item as Post, true) : walk(item));
  describers.set(site, describe);
  return describe;
}
