import path from "node:path";
import type { Problem } from "../model/problem.ts";
import type { PostAsset } from "../model/post.ts";
import { sitePath } from "./files.ts";

/** A folder post's or folder page's Markdown file: `posts/<name>/index.md`, `pages/contact/index.md`. */
export const FOLDER_DOCUMENT = /^index\.(md|markdown)$/i;

/**
 * A folder post's or page's other files, published beside its page so
 * relative links and images keep working: `posts/trip/photo.jpg` →
 * `/posts/<slug>/photo.jpg`. Its folder holds no other post or page (see
 * `folderDocumentProblem`), so every file in it is its own.
 */
export function withFolderFiles<T extends { readonly sourcePath: string; readonly url: string; readonly assets: readonly PostAsset[] }>(
  document: T,
  root: string,
  others: readonly string[],
): T {
  if (!FOLDER_DOCUMENT.test(path.posix.basename(document.sourcePath))) return document;
  const folder = path.join(root, path.dirname(document.sourcePath));
  const files = others
    .filter((file) => file.startsWith(folder + path.sep))
    .map((file) => ({ from: file, to: `${document.url}${path.relative(folder, file).split(path.sep).join("/")}`, source: sitePath(root, file) }));
  return files.length ? { ...document, assets: [...document.assets, ...files] } : document;
}

/**
 * An `index.md` is a folder post (or page): it takes its address from its
 * folder and publishes every other file in the folder. That is only safe
 * when the folder is its alone, so an `index.md` directly in `posts/` or
 * `pages/` (which would publish every file of the folder, drafts'
 * attachments included) or in a folder that also holds other posts or pages
 * is a problem, never read.
 */
export function folderDocumentProblem(file: string, topDir: string, documents: readonly string[], root: string, kind: "post" | "page"): Problem | undefined {
  if (!FOLDER_DOCUMENT.test(path.basename(file))) return undefined;
  const folder = path.dirname(file);
  const name = path.basename(file);
  const top = sitePath(root, topDir);
  if (folder === topDir) {
    return {
      file: sitePath(root, file),
      message: `an ${name} directly in ${top}/ would make the whole folder one ${kind} and publish every file in it; expected a ${kind} with a name of its own (${top}/about.md), or a folder ${kind} in a folder of its own (${top}/<name>/${name})`,
    };
  }
  const others = documents.filter((other) => other !== file && other.startsWith(folder + path.sep));
  if (others.length === 0) return undefined;
  const shownFolder = `${sitePath(root, folder)}/`;
  return {
    file: sitePath(root, file),
    message: `an ${name} makes ${shownFolder} a folder ${kind}, whose every file is published with it, but ${shownFolder} also holds ${others.length === 1 ? `another ${kind}` : `${others.length} other ${kind}s`} (${sitePath(root, others[0]!)}${others.length > 1 ? ", ..." : ""}); expected a folder ${kind} in a folder of its own (${shownFolder}<name>/${name}), or another file name`,
  };
}
