import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import type { MarkdownIt } from "markdown-it";
import type { SiteConfig } from "../config/site.ts";
import { renderMarkdown } from "../markdown/index.ts";
import { processSocialImage } from "../markdown/images.ts";
import { excerptOf, metaDescriptionOf } from "./excerpt.ts";
import { readFrontMatter } from "./front-matter.ts";
import { textDirection } from "./language.ts";
import { postUrl, type Post } from "./post.ts";
import type { Problem } from "./problems.ts";
import { resolveAliases } from "./aliases.ts";
import { intendedField } from "./field-names.ts";
import { nameList } from "./names.ts";
import { countWords, readingMinutes } from "./reading-time.ts";
import { frontMatterSchema } from "./schema.ts";
import { dateFromFileName, postName, slugFromFileName, slugFromFrontMatter } from "./slug.ts";
import { showsTableOfContents } from "./toc.ts";

export const POSTS_DIR = "posts";

/** Posts read at once: every file at once runs out of file handles on a large site (50,000 posts, or fewer under a low ulimit). */
export const FILES_AT_ONCE = 64;

export interface LoadedPosts {
  /** Every valid post, drafts included, in source-path order. */
  readonly posts: readonly Post[];
  readonly problems: readonly Problem[];
  /** Things to fix that do not stop the build, such as an image without alt text. */
  readonly warnings: readonly Problem[];
  /** Documents in other formats (`.mdx`, `.html`, ...) that are not posts, for `npm run check` to list. */
  readonly skipped: readonly string[];
}

/** `files` are the images the post names, found or not: the post is read again when one of them changes. */
type Outcome = ({ post: Post; warnings: Problem[]; problems?: undefined } | { post?: undefined; warnings?: undefined; problems: Problem[] }) & { files?: readonly string[] };

/**
 * Markdown files are posts. Dotfiles and editor leftovers (`.#post.md`,
 * `post.md~`, `.post.md.swp`) and every other kind of file are not.
 */
export function isPostFile(fileName: string): boolean {
  return /\.(md|markdown)$/i.test(fileName) && !fileName.startsWith(".");
}

/** Formats other engines write posts in that Broadsheet does not render. */
const OTHER_DOCUMENT = /\.(mdx|mdoc|markdoc|textile|adoc|asciidoc|rst|org|html?|ipynb)$/i;

async function findPostFiles(postsDir: string): Promise<{ posts: string[]; skipped: string[]; others: string[] }> {
  let entries;
  try {
    entries = await readdir(postsDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { posts: [], skipped: [], others: [] };
    throw error;
  }
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(postsDir, file).split(path.sep).some((part) => part.startsWith(".")))
    .sort();
  return {
    posts: files.filter((file) => isPostFile(path.basename(file))),
    skipped: files.filter((file) => OTHER_DOCUMENT.test(file)),
    others: files.filter((file) => !isPostFile(path.basename(file)) && !isEditorLeftover(path.basename(file))),
  };
}

/** Editor backup and lock files (`post.md~`, `#post.md#`); dotfiles are left out before this. */
function isEditorLeftover(name: string): boolean {
  return name.endsWith("~") || /^#.*#$/.test(name);
}

/**
 * A folder post's other files, published beside its page so relative links
 * and images keep working: `posts/trip/photo.jpg` → `/posts/<slug>/photo.jpg`.
 */
function folderAssets(post: Post, root: string, others: readonly string[]): Post {
  if (!/\/index\.(md|markdown)$/i.test(post.sourcePath)) return post;
  const folder = path.join(root, path.dirname(post.sourcePath));
  const files = others
    .filter((file) => file.startsWith(folder + path.sep))
    .map((file) => ({ from: file, to: `${post.url}${path.relative(folder, file).split(path.sep).join("/")}` }));
  return files.length ? { ...post, assets: [...post.assets, ...files] } : post;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes strict UTF-8 (a byte-order mark is dropped) and turns CRLF and CR into LF. */
export function decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/\r\n?/g, "\n");
  } catch {
    return undefined;
  }
}

/**
 * Turns one Markdown file into a `Post`, or the problems that stop it.
 * Everything pages show of a post is derived here, once.
 */
export async function parsePost(bytes: Uint8Array, sourcePath: string, config: SiteConfig, markdown: MarkdownIt, root: string): Promise<Outcome> {
  const fail = (problem: Omit<Problem, "file">): Outcome => ({ problems: [{ file: sourcePath, ...problem }] });
  const source = decode(bytes);
  if (source === undefined) return fail({ message: "is not valid UTF-8 text; expected the file to be saved as UTF-8" });
  if (source.trim() === "") return fail({ message: "the file is empty; expected front matter with title, author and date, then the post" });

  const frontMatter = readFrontMatter(source, sourcePath);
  if (!frontMatter.ok) return { problems: frontMatter.problems };
  const { data, body, bodyLine, positions } = frontMatter.value;
  const at = (field: string) => positions.get(field) ?? {};

  const problems: Problem[] = [];
  const misspelt = new Set<string>();
  for (const name of Object.keys(data)) {
    const intended = intendedField(name);
    if (!intended) continue;
    misspelt.add(intended);
    problems.push({ file: sourcePath, ...at(name), field: name, message: `is not a field Broadsheet knows; did you mean "${intended}"?` });
  }
  const name = postName(sourcePath);
  const resolved = resolveAliases(data, sourcePath, at);
  problems.push(...resolved.problems);
  const fields = resolved.fields;
  // Front matter wins over a date in the file name; the file name only fills a gap.
  if (fields.date === undefined) fields.date = dateFromFileName(name);
  const parsed = frontMatterSchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      // "did you mean title?" already says what a missing title would.
      if (misspelt.has(field) && fields[field] === undefined) continue;
      problems.push({ file: sourcePath, ...at(field), field, message: issue.message });
    }
  }
  const authors = parsed.data?.author ?? (config.defaultAuthor ? [config.defaultAuthor] : undefined);
  if (parsed.success && authors === undefined && !misspelt.has("author")) {
    problems.push({ file: sourcePath, field: "author", message: "is missing; expected the author's name, or a defaultAuthor in site.config.ts" });
  }
  let slug = slugFromFileName(name);
  if (parsed.data?.slug !== undefined) {
    const result = slugFromFrontMatter(parsed.data.slug);
    if (result.ok) slug = result.slug;
    else problems.push({ file: sourcePath, ...at("slug"), field: "slug", message: result.message });
  }

  // The body is rendered even when the front matter has problems, so a missing image is reported in the same run.
  const url = postUrl(slug);
  const rendered = await renderMarkdown(markdown, body, { root, sourcePath, firstLine: bodyLine, pageUrl: url });
  if (!rendered.ok) problems.push(...rendered.problems);
  const coverSrc = parsed.data?.image ?? (typeof data.image === "string" && data.image.trim() ? data.image.trim() : undefined);
  const cover = coverSrc === undefined ? undefined : await processSocialImage(coverSrc, parsed.data?.imageAlt ?? "", root, sourcePath);
  if (cover && !cover.ok) problems.push({ file: sourcePath, ...at("image"), field: "image", message: cover.message });
  const files = [...rendered.files, ...(cover?.file ? [cover.file] : [])];
  if (problems.length || !parsed.success || authors === undefined || !rendered.ok || (cover && !cover.ok)) return { problems: problems.sort(byLine), files };

  const valid = parsed.data;
  const markup = rendered.value;
  const warnings: Problem[] = [...markup.warnings];
  if (valid.image !== undefined && valid.imageAlt === undefined) {
    warnings.push({ file: sourcePath, ...at("image"), field: "imageAlt", message: `is missing, so ${valid.image} is shared without a description; expected one, for example imageAlt: "Smoke over the Green Zone"` });
  }
  const excerpt = excerptOf(valid.description, markup.firstParagraph, markup.beforeMore);
  const lang = valid.lang ?? config.language;
  return {
    warnings: warnings.map((warning) => ({ ...warning, severity: "warning" })),
    files,
    post: {
      id: slug,
      slug,
      url,
      title: valid.title,
      authors,
      author: joinNames(authors, config.language),
      date: valid.date,
      updated: valid.updated,
      description: valid.description,
      tags: valid.tags,
      draft: valid.draft,
      comments: valid.comments,
      redirects: [...new Set([...valid.redirect_from, ...valid.aliases, ...valid.permalink])],
      excerpt,
      html: markup.html,
      sourcePath,
      data,
      metaDescription: metaDescriptionOf(valid.description, excerpt),
      readingMinutes: readingMinutes(countWords(markup.text)),
      headings: markup.headings,
      toc: showsTableOfContents(valid.toc, config.toc, markup.headings),
      lang,
      dir: textDirection(lang),
      image: cover?.ok ? cover.image : markup.firstImage,
      assets: cover?.ok ? [...cover.assets, ...markup.assets] : markup.assets,
    },
  };
}

/** "A and B" in the site's language. */
function joinNames(names: readonly string[], language: string): string {
  return names.length === 1 ? names[0]! : nameList(language).format(names);
}

/** Every address (a post's URL or an old address redirecting to it) belongs to one post. */
function duplicateUrlProblems(posts: readonly Post[]): Problem[] {
  const byUrl = new Map<string, Post>();
  const problems: Problem[] = [];
  const claim = (url: string, post: Post, field: string, fix: string) => {
    const first = byUrl.get(url);
    if (!first) byUrl.set(url, post);
    else problems.push({ file: post.sourcePath, field, message: `gives the URL ${url}, which ${first.sourcePath} has already; expected each address to belong to one post (${fix})` });
  };
  for (const post of posts) claim(post.url, post, "slug", "set slug: in one of them");
  for (const post of posts) for (const url of post.redirects) claim(url, post, "redirect_from", "remove the old address from one of them");
  return problems;
}

/** A post's problems in the order of its lines; those without a line (the file as a whole) last. */
function byLine(a: Problem, b: Problem): number {
  return (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0);
}

/** Each file's modification time, or -1 for a file that does not exist (yet). */
async function versions(files: readonly string[]): Promise<Map<string, number>> {
  return new Map(await Promise.all(files.map(async (file) => [file, await stat(file).then((info) => info.mtimeMs, () => -1)] as const)));
}

async function unchanged(images: ReadonlyMap<string, number>): Promise<boolean> {
  if (images.size === 0) return true;
  const now = await versions([...images.keys()]);
  return [...images].every(([file, version]) => now.get(file) === version);
}

/**
 * Loads every post under `<root>/posts`. Results are kept per file (by size
 * and modification time, and those of the images it names), so the dev server
 * re-reads and re-renders only the posts that changed, and a post whose
 * missing image has since been added is read again.
 */
export function createPostLoader(root: string, config: SiteConfig, markdown: MarkdownIt) {
  const cache = new Map<string, { mtimeMs: number; size: number; outcome: Outcome; images: ReadonlyMap<string, number> }>();

  return async function loadPosts(): Promise<LoadedPosts> {
    const postsDir = path.join(root, POSTS_DIR);
    const { posts: files, skipped, others } = await findPostFiles(postsDir);
    const outcomes = await pMap(
      files,
      async (file): Promise<Outcome> => {
        const info = await stat(file);
        const cached = cache.get(file);
        if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size && (await unchanged(cached.images))) return cached.outcome;
        const sourcePath = path.relative(root, file).split(path.sep).join("/");
        const outcome = await parsePost(await readFile(file), sourcePath, config, markdown, root);
        cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, outcome, images: await versions(outcome.files ?? []) });
        return outcome;
      },
      { concurrency: FILES_AT_ONCE },
    );
    const live = new Set(files);
    for (const file of cache.keys()) if (!live.has(file)) cache.delete(file);

    const posts = outcomes.flatMap((outcome) => (outcome.post ? [folderAssets(outcome.post, root, others)] : []));
    const problems = outcomes.flatMap((outcome) => outcome.problems ?? []);
    const warnings = outcomes.flatMap((outcome) => outcome.warnings ?? []);
    const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");
    return { posts, problems: [...problems, ...duplicateUrlProblems(posts)], warnings, skipped: skipped.map(relative) };
  };
}
