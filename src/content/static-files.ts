import path from "node:path";
import type { Problem } from "../model/problem.ts";
import { staticFileUrl } from "../model/routes.ts";
import type { StaticFile } from "../model/site.ts";
import { isEditorLeftover, listFiles, siteFolders, sitePath } from "./files.ts";

/**
 * The folder copied to the site's root as it is: `public/`, as Eleventy's
 * starter, Astro and Vite call it (Hugo and Zola say `static/`: rename it).
 * Site-absolute images and links (`/images/x.png`, `/files/report.pdf`) are
 * looked up in it.
 */
export const STATIC_DIRS = ["public"] as const;

/**
 * What a static folder holds that is not the site's: version-control
 * folders, the desktop's own files and editor leftovers. Every other
 * dotfile and dot folder (`.well-known/`, `.nojekyll`, `.htaccess`) is
 * published.
 */
export function isStaticClutter(name: string): boolean {
  return [".git", ".hg", ".svn", ".DS_Store", "Thumbs.db", "desktop.ini"].includes(name) || isEditorLeftover(name) || /^\.#/.test(name) || /^\..*\.sw[a-p]$/.test(name);
}

export interface LoadedStaticFiles {
  /** Every file to copy, by static folder, then in code-point order. */
  readonly files: readonly StaticFile[];
  /** A link out of the site's folders, a special file, a static folder that is a file. */
  readonly problems: readonly Problem[];
}

/**
 * Lists the files of the site's static folders, each with the address it
 * is copied to: `public/.well-known/security.txt` → `/.well-known/security.txt`.
 * Nothing is read: the files are copied when the site is written. Symlinks
 * follow the site's one policy (`resolveInSite`): a link out of the site's
 * folders is a problem, never copied.
 */
export async function loadStaticFiles(root: string): Promise<LoadedStaticFiles> {
  const folders = siteFolders(root);
  const files: StaticFile[] = [];
  const problems: Problem[] = [];
  for (const name of STATIC_DIRS) {
    const dir = path.join(root, name);
    const listing = await listFiles(dir, folders, isStaticClutter);
    problems.push(...listing.problems);
    for (const file of listing.files) {
      const relative = path.relative(dir, file).split(path.sep).join("/");
      files.push({ from: file, url: staticFileUrl(relative), source: sitePath(root, file) });
    }
  }
  return { files, problems };
}
