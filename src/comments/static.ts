import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import type { MarkdownIt } from "markdown-it";
import { z } from "zod";
import type { PostDate } from "../content/dates.ts";
import { readFrontMatter } from "../content/front-matter.ts";
import { decode, FILES_AT_ONCE, isPostFile } from "../content/load.ts";
import type { Problem } from "../content/problems.ts";
import { dateField } from "../content/schema.ts";
import { toSlug } from "../content/slug.ts";

export const COMMENTS_DIR = "comments";

/** A comment kept in the repository: `comments/<post-slug>/<anything>.md`. */
export interface StaticComment {
  /** The element id of the comment on its post's page, from its file name: `comment-<name>`. */
  readonly id: string;
  readonly postSlug: string;
  readonly author: string;
  /** The author's web site, an http(s) URL. */
  readonly url: string | undefined;
  readonly date: PostDate;
  /** The body, rendered by the comment markdown instance (no raw HTML, safe links only). */
  readonly html: string;
  /** Path of the Markdown file relative to the site root: `comments/<post-slug>/x.md`. */
  readonly sourcePath: string;
}

export interface LoadedComments {
  /** Each post's comments by its slug, oldest first. */
  readonly byPost: ReadonlyMap<string, readonly StaticComment[]>;
  readonly problems: readonly Problem[];
}

function describeInput(input: unknown): string {
  if (input === null) return "empty";
  if (Array.isArray(input)) return "a list";
  return typeof input === "object" ? "a set of fields" : `a ${typeof input}`;
}

/** The front matter of a comment file. Other fields are allowed and ignored, as for posts. */
const commentSchema = z.looseObject({
  author: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing; expected the commenter\'s name, for example "Jane Reader"'
          : `is ${describeInput(issue.input)}; expected the commenter's name as text, for example "Jane Reader"`,
    })
    .trim()
    .min(1, 'is empty; expected the commenter\'s name, for example "Jane Reader"'),
  date: dateField("is missing; expected the day the comment was written as YYYY-MM-DD, for example 2020-07-14"),
  url: z
    .url({ protocol: /^https?$/, error: (issue) => `is ${typeof issue.input === "string" ? JSON.stringify(issue.input) : describeInput(issue.input)}; expected the commenter's web site as an absolute http(s) URL, for example https://example.org/` })
    .transform((value) => new URL(value).href)
    .optional(),
});

type Outcome = { comment: Omit<StaticComment, "id">; problems?: undefined } | { comment?: undefined; problems: Problem[] };

/** Turns one comment file into a comment, or the problems that stop it. Same reader and problem format as posts. */
export function parseComment(bytes: Uint8Array, sourcePath: string, postSlug: string, markdown: MarkdownIt): Outcome {
  const fail = (message: string): Outcome => ({ problems: [{ file: sourcePath, message }] });
  const source = decode(bytes);
  if (source === undefined) return fail("is not valid UTF-8 text; expected the file to be saved as UTF-8");
  if (source.trim() === "") return fail("the file is empty; expected front matter with author and date, then the comment");

  const frontMatter = readFrontMatter(source, sourcePath);
  if (!frontMatter.ok) return { problems: frontMatter.problems };
  const { data, body, positions } = frontMatter.value;
  const parsed = commentSchema.safeParse(data);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? "");
        return { file: sourcePath, ...(positions.get(field) ?? {}), field, message: issue.message };
      }),
    };
  }
  if (body.trim() === "") return fail("the comment has no text; expected the comment in Markdown after the front matter");
  const { author, date, url } = parsed.data;
  return { comment: { postSlug, author, url, date, html: markdown.render(body), sourcePath } };
}

async function findCommentFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && isPostFile(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).split(path.sep).some((part) => part.startsWith(".")))
    .sort();
}

function oldestFirst(a: Omit<StaticComment, "id">, b: Omit<StaticComment, "id">): number {
  return a.date.epoch - b.date.epoch || (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0);
}

/** Gives each comment of a post an element id from its file name, unique on the page. */
function withIds(comments: readonly Omit<StaticComment, "id">[]): StaticComment[] {
  const used = new Set<string>();
  return comments.map((comment) => {
    const base = `comment-${toSlug(path.posix.basename(comment.sourcePath).replace(/\.(md|markdown)$/i, ""))}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...comment, id };
  });
}

/**
 * Loads every comment under `<root>/comments`. A comment must sit in the
 * folder of a post that exists (drafts included: their comments wait with
 * them). Results are kept per file by size and modification time, so the dev
 * server re-reads only the comments that changed.
 */
export function createCommentLoader(root: string, markdown: MarkdownIt) {
  const cache = new Map<string, { mtimeMs: number; size: number; outcome: Outcome }>();

  /** `postSlugs` is every post's slug; undefined while some post is broken, when no folder can be called an orphan. */
  return async function loadComments(postSlugs: ReadonlySet<string> | undefined): Promise<LoadedComments> {
    const dir = path.join(root, COMMENTS_DIR);
    const files = await findCommentFiles(dir);
    const problems: Problem[] = [];
    const byPost = new Map<string, Omit<StaticComment, "id">[]>();
    await pMap(
      files,
      async (file) => {
        const sourcePath = path.relative(root, file).split(path.sep).join("/");
        const parts = path.relative(dir, file).split(path.sep);
        const postSlug = parts.length > 1 ? parts[0] : undefined;
        if (postSlug === undefined) {
          problems.push({ file: sourcePath, message: `is not in a post's folder; expected ${COMMENTS_DIR}/<post-slug>/${parts[0]}` });
          return;
        }
        if (postSlugs && !postSlugs.has(postSlug)) {
          problems.push({
            file: sourcePath,
            message: `no post has the slug "${postSlug}"; expected the folder to be named after an existing post's slug, the last part of its URL /posts/<slug>/`,
          });
          return;
        }
        const info = await stat(file);
        const cached = cache.get(file);
        let outcome = cached?.outcome;
        if (!cached || cached.mtimeMs !== info.mtimeMs || cached.size !== info.size) {
          outcome = parseComment(await readFile(file), sourcePath, postSlug, markdown);
          cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, outcome });
        }
        if (outcome?.problems) problems.push(...outcome.problems);
        else if (outcome?.comment) {
          const list = byPost.get(postSlug);
          if (list) list.push(outcome.comment);
          else byPost.set(postSlug, [outcome.comment]);
        }
      },
      { concurrency: FILES_AT_ONCE },
    );
    const live = new Set(files);
    for (const file of cache.keys()) if (!live.has(file)) cache.delete(file);

    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const sorted = new Map<string, readonly StaticComment[]>();
    for (const slug of [...byPost.keys()].sort()) sorted.set(slug, withIds((byPost.get(slug) ?? []).sort(oldestFirst)));
    return { byPost: sorted, problems };
  };
}
