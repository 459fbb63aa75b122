import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import type { SiteConfig } from "../config/site.ts";
import { renderMarkdown } from "../markdown/index.ts";
import { processSocialImage } from "../markdown/images.ts";
import { excerptOf, metaDescriptionOf } from "./excerpt.ts";
import { readFrontMatter } from "./front-matter.ts";
import { textDirection } from "./language.ts";
import { postUrl, type Post } from "./post.ts";
import type { Problem } from "./problems.ts";
import { countWords, readingMinutes } from "./reading-time.ts";
import { frontMatterSchema } from "./schema.ts";
import { slugFromFileName, slugFromFrontMatter } from "./slug.ts";
import { showsTableOfContents } from "./toc.ts";

export const POSTS_DIR = "posts";

export interface LoadedPosts {
  /** Every valid post, drafts included, in source-path order. */
  readonly posts: readonly Post[];
  readonly problems: readonly Problem[];
  /** Things to fix that do not stop the build, such as an image without alt text. */
  readonly warnings: readonly Problem[];
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
function decode(bytes: Uint8Array): string | undefined {
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

  // The body is rendered even when the front matter has problems, so a missing image is reported in the same run.
  const url = postUrl(slug);
  const firstLine = source.slice(0, source.length - body.length).split("\n").length;
  const rendered = await renderMarkdown(markdown, body, { root, sourcePath, firstLine, pageUrl: url });
  if (!rendered.ok) problems.push(...rendered.problems);
  const coverSrc = parsed.data?.image ?? (typeof data.image === "string" && data.image.trim() ? data.image.trim() : undefined);
  const cover = coverSrc === undefined ? undefined : await processSocialImage(coverSrc, parsed.data?.imageAlt ?? "", root, sourcePath);
  if (cover && !cover.ok) problems.push({ file: sourcePath, ...at("image"), field: "image", message: cover.message });
  const files = [...rendered.files, ...(cover?.file ? [cover.file] : [])];
  if (problems.length || !parsed.success || author === undefined || !rendered.ok || (cover && !cover.ok)) return { problems: problems.sort(byLine), files };

  const fields = parsed.data;
  const markup = rendered.value;
  const warnings = [...markup.warnings];
  if (fields.image !== undefined && fields.imageAlt === undefined) {
    warnings.push({ file: sourcePath, ...at("image"), field: "imageAlt", message: `is missing, so ${fields.image} is shared without a description; expected one, for example imageAlt: "Smoke over the Green Zone"` });
  }
  const excerpt = excerptOf(fields.description, markup.firstParagraph, markup.beforeMore);
  const lang = fields.lang ?? config.language;
  return {
    warnings,
    files,
    post: {
      id: slug,
      slug,
      url,
      title: fields.title,
      author,
      date: fields.date,
      updated: fields.updated,
      description: fields.description,
      tags: fields.tags,
      draft: fields.draft,
      comments: fields.comments,
      excerpt,
      html: markup.html,
      sourcePath,
      data,
      metaDescription: metaDescriptionOf(fields.description, excerpt),
      readingMinutes: readingMinutes(countWords(markup.text)),
      headings: markup.headings,
      toc: showsTableOfContents(fields.toc, config.toc, markup.headings),
      lang,
      dir: textDirection(lang),
      image: cover?.ok ? cover.image : markup.firstImage,
      assets: cover?.ok ? [...cover.assets, ...markup.assets] : markup.assets,
    },
  };
}

/** A post's problems in the order of its lines; those without a line (the file as a whole) last. */
function byLine(a: Problem, b: Problem): number {
  return (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0);
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
    const files = await findPostFiles(postsDir);
    const outcomes = await Promise.all(
      files.map(async (file): Promise<Outcome> => {
        const info = await stat(file);
        const cached = cache.get(file);
        if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size && (await unchanged(cached.images))) return cached.outcome;
        const sourcePath = path.relative(root, file).split(path.sep).join("/");
        const outcome = await parsePost(await readFile(file), sourcePath, config, markdown, root);
        cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, outcome, images: await versions(outcome.files ?? []) });
        return outcome;
      }),
    );
    const live = new Set(files);
    for (const file of cache.keys()) if (!live.has(file)) cache.delete(file);

    const posts = outcomes.flatMap((outcome) => (outcome.post ? [outcome.post] : []));
    const problems = outcomes.flatMap((outcome) => outcome.problems ?? []);
    const warnings = outcomes.flatMap((outcome) => outcome.warnings ?? []);
    return { posts, problems: [...problems, ...duplicateUrlProblems(posts)], warnings };
  };
}
