import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isNode, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { AuthorProfile } from "../model/collections.ts";
import type { Problem } from "../model/problem.ts";
import { decode } from "./files.ts";
import { groupSlug } from "./slug.ts";
import { STATIC_DIRS } from "./static-files.ts";

/** The optional file at the site root that tells readers who the authors are. */
export const AUTHORS_FILE = "authors.yaml";

const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `is missing; expected ${what}` : `expected ${what} as text`) }).trim().min(1, `is empty; expected ${what}`);

const linkSchema = z.strictObject({
  title: text('the link\'s text, for example "Website"'),
  url: z.url({ protocol: /^(https?|mailto)$/, error: "expected an absolute http(s) or mailto: URL such as https://example.com/" }),
});

const profileSchema = z.strictObject({
  name: text("the author's name exactly as posts give it"),
  bio: text("one or two sentences about the author").optional(),
  links: z.array(linkSchema, { error: "expected a list of links, each with title: and url:" }).default([]),
  /** A square picture of the author in the site's public/ folder, shown beside their name on their posts. */
  avatar: text('a picture of the author in public/, for example "avatars/amira.jpg"')
    .refine((value) => !value.startsWith("/") && !value.split(/[\\/]/).includes("..") && !/^[a-z][a-z\d+.-]*:/i.test(value), 'expected a path inside public/, without a leading / or .., for example "avatars/amira.jpg"')
    .optional(),
});

const fileSchema = z.array(profileSchema, { error: "expected a list of authors, each starting with - name:" });

export type AuthorsFileResult = { ok: true; profiles: readonly AuthorProfile[] } | { ok: false; problems: Problem[] };

export function authorSlug(name: string): string {
  return groupSlug(name, "author");
}

/**
 * Reads `authors.yaml` text: a list of `name`, `bio` and `links`. Every
 * problem names its line and column, like a post's front matter.
 */
export function parseAuthorsFile(source: string, file = AUTHORS_FILE): AuthorsFileResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), { schema: "core", lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return { file, line, column: col, message: `broken YAML: ${error.message.split("\n")[0]}` };
      }),
    };
  }
  const at = (keys: readonly PropertyKey[]): { line?: number; column?: number } => {
    for (let depth = keys.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(keys.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return {};
  };
  const parsed = fileSchema.safeParse(document.toJS() ?? []);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ file, ...at(issue.path), field: fieldName(issue.path), message: issue.message })),
    };
  }
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  parsed.data.forEach((profile, index) => {
    const slug = authorSlug(profile.name);
    const first = seen.get(slug);
    if (first === undefined) seen.set(slug, index);
    else problems.push({ file, ...at([index, "name"]), field: "name", message: `"${profile.name}" is already described in entry ${first + 1}; expected each author once` });
  });
  return problems.length ? { ok: false, problems } : { ok: true, profiles: parsed.data };
}

/** `authors[2].links[0].url` for the path of a problem. */
function fieldName(keys: readonly PropertyKey[]): string {
  return keys.reduce<string>((name, key) => (typeof key === "number" ? `${name}[${key + 1}]` : `${name}${name ? "." : ""}${String(key)}`), "authors");
}

/** The site's authors file, or no profiles when there is none. */
export async function loadAuthorsFile(root: string): Promise<AuthorsFileResult> {
  const file = path.join(root, AUTHORS_FILE);
  if (!existsSync(file)) return { ok: true, profiles: [] };
  const source = decode(await readFile(file));
  if (source === undefined) return { ok: false, problems: [{ file: AUTHORS_FILE, message: "is not valid UTF-8 text; expected the file to be saved as UTF-8" }] };
  const parsed = parseAuthorsFile(source);
  if (!parsed.ok) return parsed;
  // An avatar is published as it is from the static folder: it must be there.
  const [folder] = STATIC_DIRS;
  const missing = parsed.profiles.flatMap((profile, index): Problem[] =>
    profile.avatar === undefined || existsSync(path.join(root, folder, profile.avatar))
      ? []
      : [{ file: AUTHORS_FILE, field: `authors[${index + 1}].avatar`, message: `is "${profile.avatar}", but ${folder}/${profile.avatar} does not exist; expected a picture in the site's ${folder}/ folder, named relative to it` }],
  );
  return missing.length ? { ok: false, problems: missing } : parsed;
}
