import path from "node:path";
import { PAGE_IDS } from "../markdown/anchors.ts";
import type { CommentsSection } from "../model/comments.ts";
import type { Heading, PostLink } from "../model/post.ts";
import type { Problem } from "../model/problem.ts";
import { ENGINE_FOLDERS, FOLDERS, outputFile, relativeHref } from "../model/routes.ts";
import { STATIC_DIRS } from "../content/static-files.ts";
import type { Settings } from "../model/settings.ts";

/** A post or a page: what a link to it, and its own links, are checked against. */
export interface LinkedDocument {
  readonly id: string;
  readonly sourcePath: string;
  readonly url: string;
  readonly title: string;
  readonly html: string;
  readonly headings: readonly Heading[];
  readonly links: readonly PostLink[];
}

export interface LinkCheckInput {
  readonly settings: Settings;
  /** The posts and pages shown, whose links are checked. */
  readonly posts: readonly LinkedDocument[];
  /** Every post and page read, drafts included: a link to one that is not shown is named as such. */
  readonly allPosts: readonly LinkedDocument[];
  /** Every file the build writes (src/site/routes.ts), by its path in the output folder. */
  readonly routes: ReadonlyMap<string, string>;
  readonly comments: ReadonlyMap<string, CommentsSection>;
}

/**
 * Checks every link of every shown post that points inside the site: to a
 * post, a tag, an author, a list page, a feed, a file published beside a
 * post, or a `#fragment` of a post. The site's addresses are all known
 * before anything is written (the route table), so no page has to be
 * rendered to know a link is broken. Each broken link is a warning naming
 * the file, line and column, or a problem stopping the build when the
 * settings say `strictLinks: true`.
 *
 * Links elsewhere (another host, `mailto:`) are not checked; neither are
 * links into the engine's own folders (/assets/, /images/, /pagefind/), nor
 * a fragment of a page that is not a post (its ids are only known once it is
 * rendered).
 */
export function checkLinks({ settings, posts, allPosts, routes, comments }: LinkCheckInput): Problem[] {
  const base = new URL(settings.url);
  const bySource = new Map(allPosts.map((post) => [post.sourcePath, post]));
  const shown = new Set(posts.map((post) => post.sourcePath));
  const idsOf = new Map<string, Set<string>>();
  const ids = (post: LinkedDocument) => {
    let found = idsOf.get(post.sourcePath);
    if (!found) {
      found = new Set([...PAGE_IDS, ...[...post.html.matchAll(/\sid="([^"]+)"/g)].map((match) => decodeHtml(match[1]!)), ...(comments.get(post.id)?.comments.map((comment) => comment.id) ?? [])]);
      idsOf.set(post.sourcePath, found);
    }
    return found;
  };

  const problems: Problem[] = [];
  for (const post of posts) {
    const page = new URL(post.url.slice(1), base);
    for (const link of post.links) {
      const broken = brokenLink(link, post, page);
      if (broken === undefined) continue;
      const { message, stops } = typeof broken === "string" ? { message: broken, stops: settings.strictLinks } : broken;
      problems.push({ file: post.sourcePath, line: link.line, column: link.column, message, ...(stops ? {} : { severity: "warning" as const }) });
    }
  }
  return problems;

  /** What is wrong with the link, or undefined when it is sound or points outside the site. */
  function brokenLink(link: PostLink, post: LinkedDocument, page: URL): string | { message: string; stops: true } | undefined {
    // markdown-it %-encodes what the writer wrote; messages show it as written.
    const href = safeDecode(link.written ?? link.href) ?? link.written ?? link.href;
    let target: URL;
    try {
      // A link written from the site's root is checked as written: from the root of the site, which may have a sub-path.
      target = link.written === undefined ? new URL(link.href, page) : new URL(link.written.slice(1), base);
    } catch {
      return undefined;
    }
    if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return undefined;
    let sitePath: string;
    let fragment: string;
    try {
      sitePath = decodeURIComponent(`/${target.pathname.slice(base.pathname.length)}`);
      fragment = decodeURIComponent(target.hash.slice(1));
    } catch {
      return `links to ${href}, which is not a valid address; expected its special characters written as they are or correctly %-encoded`;
    }
    // A file of public/ may sit in /images/ beside the processed images: a link written to it from the site's root is checked.
    const sharedImages = link.written !== undefined && sitePath.startsWith(FOLDERS.images);
    if (!sharedImages && ENGINE_FOLDERS.some((folder) => sitePath.startsWith(folder))) return undefined;

    const file = [outputFile(sitePath), outputFile(`${sitePath}/`)].find((candidate) => routes.has(candidate));
    if (!file && link.written !== undefined && isFilePath(sitePath)) {
      // Written from the site's root, as a file: like an image so written, it is looked for in public/ and its absence stops the build.
      return { message: `links to ${href}, which is no file of this site (looked for ${STATIC_DIRS[0]}${sitePath}); expected the file in ${STATIC_DIRS[0]}/, which is copied to the site's root as it is`, stops: true };
    }
    if (!file) {
      // A link to another post's Markdown file, written relative to this one's file, as in an editor.
      const written = /\.(md|markdown)$/i.test(target.pathname) && !/^[a-z][a-z\d+.-]*:|^\//i.test(link.href) ? safeDecode(link.href.replace(/[?#].*$/, "")) : undefined;
      const markdown = written === undefined ? undefined : bySource.get(path.posix.normalize(path.posix.join(path.posix.dirname(post.sourcePath), written)));
      const hint = markdown ? `; link to its page instead: [${markdown.title}](${relativeHref(post.url, markdown.url)})` : "; expected the address of a post, tag, author or page of this site, such as ../other-post/";
      return `links to ${href}, which is no page or file of this site (the link would go to ${sitePath})${hint}`;
    }
    const owner = routes.get(file)!;
    const target_post = bySource.get(owner);
    if (target_post && !shown.has(owner)) {
      return `links to ${href}, the page of ${owner}, which is a draft, scheduled for later or past its expiryDate, and so is not published; expected a link to a published post`;
    }
    if (!fragment || !target_post || outputFile(target_post.url) !== file) return undefined;
    if (ids(target_post).has(fragment)) return undefined;
    const headings = target_post.headings.slice(0, 3).map((heading) => `#${heading.id}`);
    const known = headings.length ? `, such as ${headings.join(", ")}` : "";
    return `links to #${fragment} of ${target_post === post ? "this post" : target_post.sourcePath} (${sitePath}#${fragment}), which no heading, footnote or element there has as its id; expected one of its ids${known}`;
  }
}

/** Whether a site path names a file rather than a page: it ends in a name with an extension other than .html. */
function isFilePath(sitePath: string): boolean {
  const name = sitePath.slice(sitePath.lastIndexOf("/") + 1);
  return /\.[a-z\d]+$/i.test(name) && !/\.html?$/i.test(name);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function decodeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
