import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import type { SiteConfig } from "../config/site.ts";
import { renderMarkdown } from "../markdown/index.ts";
import { excerptOf } from "./excerpt.ts";
import { readFrontMatter } from "./front-matter.ts";
import { postUrl, type Post } from "./post.ts";
import type { Problem } from "./problems.ts";
import { intendedField } from "./field-names.ts";
import { frontMatterSchema } from "./schema.ts";
import { resolveAliases } from "./aliases.ts";
import { dateFromFileName, postName, slugFromFileName, slugFromFrontMatter } from "./slug.ts";

export const POSTS_DIR = "posts";

export interface LoadedPosts {
  /** Every valid post, drafts included, in source-path order. */
  readonly posts: readonly Post[];
  readonly problems: readonly Problem[];
  /** Documents in other formats (`.mdx`, `.html`, ...) that are not posts, for `npm run check` to list. */
  readonly skipped: readonly string[];
}

/** A post and its warnings, or the problems that stop it. */
type Outcome = { post: Post; problems: Problem[] } | { post?: undefined; problems: Problem[] };

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
  const assets = others
    .filter((file) => file.startsWith(folder + path.sep))
    .map((file) => {
      const inside = path.relative(folder, file).split(path.sep).join("/");
      return { source: path.relative(root, file).split(path.sep).join("/"), url: `${post.url}${inside}` };
    });
  return assets.length ? { ...post, assets } : post;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes strict UTF-8 (a byte-order mark is dropped) and turns CRLF and CR into LF. */
function decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/\r\n?/g, "\n");
  } catch {
    return undefined;
  }
}

/** Turns one Markdown file into a `Post`, or the problems that stop it. */
export function parsePost(bytes: Uint8Array, sourcePath: string, config: SiteConfig, markdown: MarkdownIt): Outcome {
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
  if (problems.length || !parsed.success || authors === undefined) return { problems };

  const valid = parsed.data;
  const rendered = renderMarkdown(markdown, body);
  const warnings = rendered.templateSyntax.map(
    (found): Problem => ({
      file: sourcePath,
      line: bodyLine + found.line - 1,
      column: found.column,
      severity: "warning",
      message: `${found.text} is another engine's template syntax and is shown as text; expected plain Markdown (replace it, or put it in backticks to show it as code)`,
    }),
  );
  return {
    problems: warnings,
    post: {
      id: slug,
      slug,
      url: postUrl(slug),
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
      assets: [],
      excerpt: excerptOf(valid.description, rendered.firstParagraph),
      html: rendered.html,
      sourcePath,
      data,
    },
  };
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "A and B" in the site's language; one formatter per language, as creating one costs more than using it. */
function joinNames(names: readonly string[], language: string): string {
  if (names.length === 1) return names[0]!;
  let format = listFormats.get(language);
  if (!format) listFormats.set(language, (format = new Intl.ListFormat(language, { style: "long", type: "conjunction" })));
  return format.format(names);
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

/**
 * Loads every post under `<root>/posts`. Results are kept per file (by size
 * and modification time), so the dev server re-reads and re-renders only the
 * posts that changed.
 */
export function createPostLoader(root: string, config: SiteConfig, markdown: MarkdownIt) {
  const cache = new Map<string, { mtimeMs: number; size: number; outcome: Outcome }>();

  return async function loadPosts(): Promise<LoadedPosts> {
    const postsDir = path.join(root, POSTS_DIR);
    const { posts: files, skipped, others } = await findPostFiles(postsDir);
    const outcomes = await Promise.all(
      files.map(async (file): Promise<Outcome> => {
        const info = await stat(file);
        const cached = cache.get(file);
        if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.outcome;
        const sourcePath = path.relative(root, file).split(path.sep).join("/");
        const outcome = parsePost(await readFile(file), sourcePath, config, markdown);
        cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, outcome });
        return outcome;
      }),
    );
    const live = new Set(files);
    for (const file of cache.keys()) if (!live.has(file)) cache.delete(file);

    const posts = outcomes.flatMap((outcome) => (outcome.post ? [folderAssets(outcome.post, root, others)] : []));
    const problems = outcomes.flatMap((outcome) => outcome.problems);
    const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");
    return { posts, problems: [...problems, ...duplicateUrlProblems(posts)], skipped: skipped.map(relative) };
  };
}
