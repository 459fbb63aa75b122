import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveInSite, siteFolders } from "../../src/content/files.ts";
import { createImageProcessor } from "../../src/markdown/images.ts";
import { createMarkdown, renderMarkdown, type MarkdownResult, type RenderedMarkdown } from "../../src/markdown/index.ts";
import { tempDir } from "./site.ts";

export const md = createMarkdown();

/** A site root with `posts/` holding `files` (path → bytes), for rendering a post that names images. */
export function siteWith(files: Record<string, Uint8Array | string> = {}): string {
  const root = tempDir("broadsheet-md-");
  mkdirSync(path.join(root, "posts"), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, "posts", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** Renders `source` as the body of `posts/post.md` (shown at /posts/post/) in `root`, with an English site's renderer unless given another; the body starts on line 5 of the file. */
export function renderPost(source: string, root = siteWith(), markdown = md): Promise<MarkdownResult> {
  return renderMarkdown(markdown, source, { root, sourcePath: "posts/post.md", firstLine: 5, pageUrl: "/posts/post/", processImage: createImageProcessor(root), checkFile: (file) => resolveInSite(file, siteFolders(root)), staticFolders: ["public"] });
}

/** Like {@link renderPost}, for sources that must render. */
export async function rendered(source: string, root?: string, markdown = md): Promise<RenderedMarkdown> {
  const result = await renderPost(source, root, markdown);
  if (!result.ok) throw new Error(`expected the post to render, got ${JSON.stringify(result.problems)}`);
  return result.value;
}
