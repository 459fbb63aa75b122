import { existsSync, mkdirSync, readdirSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { COMMENTS_DIR } from "../comments/static.ts";
import { AUTHORS_FILE } from "../content/authors-file.ts";
import { isMarkdownFile } from "../content/files.ts";
import { POSTS_DIR } from "../content/posts.ts";
import { SETTINGS_FILE } from "../content/settings.ts";

const SOURCE = /\.tsx?$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => `./${path.relative(process.cwd(), path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`);
}

/**
 * The dev server follows posts, templates and the TypeScript modules behind
 * them. Eleventy only traces the imports of `.js` files, so a change to any
 * `.ts`/`.tsx` file reloads the configuration and marks every source module
 * as changed: Eleventy's import-cache busting then re-imports the whole
 * module graph instead of keeping stale modules in Node's cache.
 */
export function liveReload(eleventyConfig: UserConfig, options: { root: string }): void {
  const postsDir = path.join(options.root, POSTS_DIR);
  eleventyConfig.addWatchTarget(postsDir);
  eleventyConfig.addWatchTarget(DELETIONS);
  const deletions = rebuildOnDeletion(postsDir);
  // The configuration, and this plugin with it, is loaded again after a code change: the next one watches instead.
  eleventyConfig.on("eleventy.reset", () => deletions?.close());
  eleventyConfig.addWatchTarget(path.join(options.root, COMMENTS_DIR)); // static comments are data the pages depend on
  eleventyConfig.addWatchTarget(path.join(options.root, SETTINGS_FILE), { resetConfig: true });
  eleventyConfig.addWatchTarget(path.join(options.root, AUTHORS_FILE));
  for (const dir of ["src", "templates"]) eleventyConfig.addWatchTarget(`./${dir}/`, { resetConfig: true });

  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    if (!queue.some((file) => SOURCE.test(file))) return;
    const everything = [...sourceFiles("src"), ...sourceFiles("templates"), "./.eleventy.ts", path.join(options.root, SETTINGS_FILE)];
    // Eleventy clears the import cache for exactly the files in this queue, right after this event.
    for (const file of everything) if (!queue.includes(file)) queue.push(file);
  });
}

/** Eleventy's watcher builds on added and changed files only; a note here stands for a deleted post. */
const DELETIONS = ".cache/broadsheet/deleted-posts";

/**
 * Deleting a post (or the broken post that stopped the last build) must
 * rebuild the site too, so a deletion is written down as a change to a file
 * Eleventy watches.
 */
function rebuildOnDeletion(postsDir: string): FSWatcher | undefined {
  if (!existsSync(postsDir)) return undefined;
  mkdirSync(path.dirname(DELETIONS), { recursive: true });
  const watcher = watch(postsDir, { recursive: true }, (_event, name) => {
    if (name && isMarkdownFile(path.basename(name)) && !existsSync(path.join(postsDir, name))) writeFileSync(DELETIONS, `${name}\n`);
  });
  watcher.unref();
  return watcher;
}
