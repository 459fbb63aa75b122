import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import type { SiteConfig } from "../config/site.ts";
import { renderMarkdown } from "../markdown/index.ts";
import { excerptOf } from "./excerpt.ts";
import { readFrontMatter } from "./front-matter.ts";
import { postUrl, type Post } from "./post.ts";
import type { Problem } from "./problems.ts";
import { frontMatterSchema } from "./schema.ts";
import { slugFromFileName, slugFromFrontMatter } from "./slug.ts";

export const POSTS_DIR = "posts";

export interface LoadedPosts {
  /** Every valid post, drafts included, in source-path order. */
  readonly posts: readonly Post[];
  readonly problems: readonly Problem[];
}

type Outcome = { post: Post; problems?: undefined } | { post?: undefined; problems: Problem[] };

/**
 * Markdown files are posts. Dotfiles and editor leftovers (`.#post.md`,
 * `post.md~`, `.post.md.swp`) and every other kind of file are not.
 */
export function isPostFile(fileName: string): boolean {
  return /\.(md|markdown)$/i.test(fileName) && !fileName.startsWith(".");
}

async function findPostFiles(postsDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(postsDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && isPostFile(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(postsDir, file).split(path.sep).some((part) => part.startsWith(".")))
    .sort();
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

/** Turns one Markdown file into a `Post`, or the problems that stop it. */
export function parsePost(bytes: Uint8Array, sourcePath: string, config: SiteConfig, markdown: MarkdownIt): Outcome {
  const fail = (problem: Omit<Problem, "file">): Outcome => ({ problems: [{ file: sourcePath, ...problem }] });
  const source = decode(bytes);
  if (source === undefined) return fail({ message: "is not valid UTF-8 text; expected the file to be saved as UTF-8" });
  if (source.trim() === "") return fail({ message: "the file is empty; expected front matter with title, author and date, then the post" });

  const frontMatter = readFrontMatter(source, sourcePath);
  if (!frontMatter.ok) return { problems: frontMatter.problems };
  const { data, body, positions } = frontMatter.value;
  const at = (field: string) => positions.get(field) ?? {};

  const problems: Problem[] = [];
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      problems.push({ file: sourcePath, ...at(field), field, message: issue.message });
    }
  }
  const author = parsed.data?.author ?? config.defaultAuthor;
  if (parsed.success && author === undefined) {
    problems.push({ file: sourcePath, field: "author", message: "is missing; expected the author's name, or a defaultAuthor in site.config.ts" });
  }
  let slug = slugFromFileName(path.basename(sourcePath));
  if (parsed.data?.slug !== undefined) {
    const result = slugFromFrontMatter(parsed.data.slug);
    if (result.ok) slug = result.slug;
    else problems.push({ file: sourcePath, ...at("slug"), field: "slug", message: result.message });
  }
  if (problems.length || !parsed.success || author === undefined) return { problems };

  const fields = parsed.data;
  const rendered = renderMarkdown(markdown, body);
  return {
    post: {
      id: slug,
      slug,
      url: postUrl(slug),
      title: fields.title,
      author,
      date: fields.date,
      updated: fields.updated,
      description: fields.description,
      tags: fields.tags,
      draft: fields.draft,
      comments: fields.comments,
      excerpt: excerptOf(fields.description, rendered.firstParagraph),
      html: rendered.html,
      sourcePath,
      data,
    },
  };
}

function duplicateUrlProblems(posts: readonly Post[]): Problem[] {
  const byUrl = new Map<string, Post>();
  const problems: Problem[] = [];
  for (const post of posts) {
    const first = byUrl.get(post.url);
    if (first) {
      problems.push({
        file: post.sourcePath,
        field: "slug",
        message: `gives the URL ${post.url}, which ${first.sourcePath} has already; expected each post to have its own slug (set slug: in one of them)`,
      });
    } else {
      byUrl.set(post.url, post);
    }
  }
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
    const files = await findPostFiles(postsDir);
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

    const posts = outcomes.flatMap((outcome) => (outcome.post ? [outcome.post] : []));
    const problems = outcomes.flatMap((outcome) => outcome.problems ?? []);
    return { posts, problems: [...problems, ...duplicateUrlProblems(posts)] };
  };
}
