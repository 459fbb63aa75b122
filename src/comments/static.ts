import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import { z } from "zod";
import { createFileCache, decode, isMarkdownFile, listFiles, siteFolders, sitePath } from "../content/files.ts";
import { readFrontMatter } from "../content/front-matter.ts";
import { dateField, frontMatterText } from "../content/schema.ts";
import { toSlug } from "../content/slug.ts";
import type { StaticComment } from "../model/comments.ts";
import type { Problem } from "../model/problem.ts";

export const COMMENTS_DIR = "comments";

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
    .transform(frontMatterText)
    .pipe(z.string().trim().min(1, 'is empty; expected the commenter\'s name, for example "Jane Reader"')),
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
 * them). Files are read again only when they change (src/content/files.ts).
 */
export function createCommentLoader(root: string, markdown: MarkdownIt) {
  const readAll = createFileCache<Outcome>();

  /** `postSlugs` is every post's slug; undefined while some post is broken, when no folder can be called an orphan. */
  return async function loadComments(postSlugs: ReadonlySet<string> | undefined): Promise<LoadedComments> {
    const dir = path.join(root, COMMENTS_DIR);
    const problems: Problem[] = [];
    const placed = new Map<string, string>();
    const listing = await listFiles(dir, siteFolders(root));
    problems.push(...listing.problems);
    for (const file of listing.files.filter((name) => isMarkdownFile(path.basename(name)))) {
      const parts = path.relative(dir, file).split(path.sep);
      const postSlug = parts.length > 1 ? parts[0] : undefined;
      if (postSlug === undefined) {
        problems.push({ file: sitePath(root, file), message: `is not in a post's folder; expected ${COMMENTS_DIR}/<post-slug>/${parts[0]}` });
      } else if (postSlugs && !postSlugs.has(postSlug)) {
        problems.push({
          file: sitePath(root, file),
          message: `no post has the slug "${postSlug}"; expected the folder to be named after an existing post's slug, the last part of its URL /posts/<slug>/`,
        });
      } else {
        placed.set(file, postSlug);
      }
    }
    const outcomes = await readAll(
      [...placed.keys()],
      async (bytes, file) => ({ value: parseComment(bytes, sitePath(root, file), placed.get(file)!, markdown) }),
      (file, reason) => ({ problems: [{ file: sitePath(root, file), message: reason }] }),
    );
    const byPost = new Map<string, Omit<StaticComment, "id">[]>();
    for (const outcome of outcomes) {
      if (outcome.problems) problems.push(...outcome.problems);
      else {
        const list = byPost.get(outcome.comment.postSlug);
        if (list) list.push(outcome.comment);
        else byPost.set(outcome.comment.postSlug, [outcome.comment]);
      }
    }
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const sorted = new Map<string, readonly StaticComment[]>();
    for (const slug of [...byPost.keys()].sort()) sorted.set(slug, withIds((byPost.get(slug) ?? []).sort(oldestFirst)));
    return { byPost: sorted, problems };
  };
}
