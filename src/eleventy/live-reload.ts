import { readdirSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { COMMENTS_DIR } from "../comments/static.ts";
import { AUTHORS_FILE } from "../content/authors-file.ts";
import { PAGES_DIR } from "../content/pages.ts";
import { POSTS_DIR } from "../content/posts.ts";
import { SETTINGS_FILE } from "../content/settings.ts";
import { STATIC_DIRS } from "../content/static-files.ts";

const SOURCE = /\.tsx?$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => `./${path.relative(process.cwd(), path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`);
}

/**
 * The dev server follows posts, pages, public/, templates and the TypeScript modules behind
 * them. Eleventy only traces the imports of `.js` files, so a change to any
 * `.ts`/`.tsx` file reloads the configuration and marks every source module
 * as changed: Eleventy's import-cache busting then re-imports the whole
 * module graph instead of keeping stale modules in Node's cache.
 */
export function liveReload(eleventyConfig: UserConfig, options: { root: string }): void {
  // Eleventy leaves out what .gitignore lists; the site's files are followed whatever git is told (posts/drafts/, say).
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addWatchTarget(path.join(options.root, POSTS_DIR));
  eleventyConfig.addWatchTarget(path.join(options.root, PAGES_DIR));
  for (const dir of STATIC_DIRS) eleventyConfig.addWatchTarget(path.join(options.root, dir));
  eleventyConfig.addWatchTarget(path.join(options.root, COMMENTS_DIR)); // static comments are data the pages depend on
  eleventyConfig.addWatchTarget(path.join(options.root, SETTINGS_FILE), { resetConfig: true });
  eleventyConfig.addWatchTarget(path.join(options.root, AUTHORS_FILE));
  for (const code of ["./src/", "./templates/", "./.eleventy.ts"]) eleventyConfig.addWatchTarget(code, { resetConfig: true });

  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    if (!queue.some((file) => SOURCE.test(file))) return;
    const everything = [...sourceFiles("src"), ...sourceFiles("templates"), "./.eleventy.ts", path.join(options.root, SETTINGS_FILE)];
    // Eleventy clears the import cache for exactly the files in this queue, right after this event.
    for (const file of everything) if (!queue.includes(file)) queue.push(file);
  });
}
