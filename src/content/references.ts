import type { Post } from "../model/post.ts";
import type { Problem } from "../model/problem.ts";
import { POST_REFERENCE, relativeHref } from "../model/routes.ts";
import { postName } from "./slug.ts";

const MARKER = new RegExp(`${POST_REFERENCE.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(\\d+)/([^/"\\s]+)/([^"\\s)]*)`, "g");

/** How each tag names a post, as the warning repeats it. */
function written(kind: string, target: string): string {
  return kind === "post_url" || kind === "link" ? `{% ${kind} ${target} %}` : `{{< ${kind} "${target}" >}}`;
}

/** A post's name without its extension, lower-case: `2010-07-21-name` for posts/2010-07-21-name.md, `trip` for posts/trip/index.md. */
function nameOf(sourcePath: string): string {
  return postName(sourcePath).replace(/\.(md|markdown)$/i, "").toLowerCase();
}

/**
 * Links to other posts written with another engine's tags (`{% post_url %}`,
 * `{% link %}`, Hugo's `ref` and `relref`; see src/markdown/shortcodes.ts)
 * become links to those posts' pages, now that every post and its address is
 * known. A reference names a post by its file (`2010-07-21-name`,
 * `posts/name.md`, `name/index.md`) or by its slug. One that names no post
 * is a warning naming the post, the line and the tag, and links nowhere.
 */
export function resolveReferences(posts: readonly Post[]): { posts: Post[]; warnings: Problem[] } {
  const byName = new Map<string, Post>();
  const bySlug = new Map<string, Post>();
  for (const post of posts) {
    if (!byName.has(nameOf(post.sourcePath))) byName.set(nameOf(post.sourcePath), post);
    if (!bySlug.has(post.slug)) bySlug.set(post.slug, post);
  }
  const warnings: Problem[] = [];
  const find = (target: string): Post | undefined => {
    const parts = target.replace(/[?#].*$/, "").split("/").filter(Boolean);
    let last = (parts.at(-1) ?? "").replace(/\.(md|markdown|html?)$/i, "").toLowerCase();
    if ((last === "index" || last === "_index") && parts.length > 1) last = parts.at(-2)!.toLowerCase();
    return byName.get(last) ?? bySlug.get(last);
  };
  const resolved = posts.map((post) => {
    if (!post.html.includes(POST_REFERENCE)) return post;
    const replace = (text: string, report: boolean) =>
      text.replace(MARKER, (_, line: string, kind: string, encoded: string) => {
        const target = decodeURIComponent(encoded);
        const found = find(target);
        const fragment = /#.*$/.exec(target)?.[0] ?? "";
        if (!found) {
          if (report) {
            warnings.push({
              file: post.sourcePath,
              line: Number(line),
              severity: "warning",
              message: `${written(decodeURIComponent(kind), target)} names no post of this site, so its link goes nowhere; expected the file name of a post in posts/ (such as 2010-07-21-name) or its slug`,
            });
          }
          return "#";
        }
        return relativeHref(post.url, `${found.url}${fragment}`);
      });
    return { ...post, html: replace(post.html, true), links: post.links.map((link) => ({ ...link, href: replace(link.href, false) })) };
  });
  return { posts: resolved, warnings };
}
