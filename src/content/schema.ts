import { z } from "zod";
import { FIELD_ALIASES } from "./aliases.ts";
import type { PostDate } from "../model/post.ts";
import { parsePostDate } from "./dates.ts";
import { canonicalLanguageTag } from "./language.ts";
import { oldUrl } from "./old-urls.ts";

export function describeInput(input: unknown): string {
  if (input === null) return "empty";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a set of fields";
  return `a ${typeof input}`;
}

/** Bidirectional embeddings and overrides (LRE, RLE, LRO, RLO) that a PDF closes, and isolates (LRI, RLI, FSI) that a PDI closes. */
const EMBEDDINGS = /[\u202A\u202B\u202D\u202E]/;
const ISOLATES = /[\u2066-\u2068]/;
const PDF = "\u202C";
const PDI = "\u2069";

/**
 * Closes every bidirectional embedding, override and isolate a text opens,
 * and drops closers that close nothing, so the text cannot reverse what is
 * around it: a title with U+202E (right-to-left override) would otherwise
 * turn the site's name after it in `<title>` backwards. Balanced controls,
 * as right-to-left writing may use them, stay as written.
 */
export function balancedBidi(value: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(value)) return value;
  const open: string[] = [];
  let out = "";
  for (const char of value) {
    if (EMBEDDINGS.test(char) || ISOLATES.test(char)) {
      open.push(char);
      out += char;
    } else if (char === PDF) {
      // A PDF closes the last embedding, unless an isolate was opened after it.
      if (open.length && EMBEDDINGS.test(open.at(-1)!)) {
        open.pop();
        out += char;
      }
    } else if (char === PDI) {
      // A PDI closes the last isolate, and with it every embedding opened inside it.
      let isolate = open.length - 1;
      while (isolate >= 0 && !ISOLATES.test(open[isolate]!)) isolate--;
      if (isolate !== -1) {
        open.splice(isolate);
        out += char;
      }
    } else {
      out += char;
    }
  }
  return out + open.map((opened) => (ISOLATES.test(opened) ? PDI : PDF)).reverse().join("");
}

/**
 * Control characters (other than tab and newlines) have no meaning in a
 * title or a name and are invalid in HTML and XML; front matter text loses
 * them, and its bidirectional controls are balanced (`balancedBidi`).
 */
export function frontMatterText(value: string): string {
  return balancedBidi(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, ""));
}

export function text(what: string, example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is missing; expected ${what}, for example ${example}` : `is ${describeInput(issue.input)}; expected ${what} as text, for example ${example}`,
    })
    .transform(frontMatterText)
    .pipe(z.string().trim().min(1, `is empty; expected ${what}, for example ${example}`));
}

/**
 * A date field read by `parsePostDate`; `missing` is the message for a
 * required date that is absent (posts and comments say different things).
 */
export function dateField(missing?: string) {
  return z.unknown().optional().transform((value, ctx): PostDate => {
    if (value === undefined && missing) {
      ctx.addIssue({ code: "custom", message: missing });
      return z.NEVER;
    }
    const result = parsePostDate(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    }
    return result.date;
  });
}

export function flag(what: string) {
  return z.boolean({ error: (issue) => `is ${describeInput(issue.input)}; expected true or false (${what})` });
}

const tags = z.unknown().optional().transform((value, ctx): string[] => {
  if (value === undefined || value === null) return [];
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list)) {
    ctx.addIssue({ code: "custom", message: `is ${describeInput(value)}; expected a list of text, for example [iraq, security]` });
    return z.NEVER;
  }
  const seen = new Set<string>();
  list.forEach((tag: unknown, index) => {
    if (typeof tag !== "string" || tag.trim() === "") {
      ctx.addIssue({ code: "custom", message: `item ${index + 1} is ${typeof tag === "string" ? "empty" : describeInput(tag)}; expected each tag as text (quote numbers: "2020")` });
      return;
    }
    seen.add(frontMatterText(tag).trim());
  });
  return [...seen];
});

/** One name or a list of names (`authors: [A, B]` in Hugo and Zola); the byline joins them. */
const authors = z.unknown().optional().transform((value, ctx): string[] | undefined => {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((name: unknown) => (typeof name === "string" ? frontMatterText(name).trim() : ""));
  if (!names.length || names.some((name) => !name)) {
    ctx.addIssue({ code: "custom", message: `is ${describeInput(value)}; expected the author's name as text, or a list of names, for example "Nicholas Doumouras, Jr."` });
    return z.NEVER;
  }
  return [...new Set(names)];
});

/** Old addresses of a post: `redirect_from` (Jekyll), `aliases` (Hugo, Zola), `permalink` (Jekyll, Eleventy). */
const oldUrls = z.unknown().optional().transform((value, ctx): string[] => {
  if (value === undefined || value === null || value === false) return [];
  const list = Array.isArray(value) ? value : [value];
  const urls: string[] = [];
  for (const item of list) {
    const result = typeof item === "string" ? oldUrl(item) : { ok: false as const, message: `contains ${describeInput(item)}; expected paths such as /2019/01/old-post/` };
    if (result.ok) urls.push(result.url);
    else ctx.addIssue({ code: "custom", message: result.message });
  }
  return urls;
});

/** A `lang` field: a BCP 47 tag, in its canonical spelling. */
export function languageField(what: string) {
  return text(what, "ar").transform((value, ctx): string => {
    const tag = canonicalLanguageTag(value);
    if (tag === undefined) {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a BCP 47 language tag; expected one such as ar, fr or en-GB` });
      return z.NEVER;
    }
    return tag;
  });
}

const language = languageField("the language the post is written in");

/** `series: Name`; Hugo writes its series taxonomy as a list (`series: [Name]`), which is read when it names one series. */
const series = z.unknown().optional().transform((value, ctx): string | undefined => {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  const example = 'for example series: "Reading the Iraqi Press"';
  if (list.length !== 1) {
    ctx.addIssue({ code: "custom", message: list.length ? `names ${list.length} series; expected the one series the post is part of, ${example}` : `is an empty list; expected the name of the series the post is part of, ${example}` });
    return z.NEVER;
  }
  const name = typeof list[0] === "string" ? frontMatterText(list[0]).trim() : "";
  if (!name) {
    ctx.addIssue({ code: "custom", message: `is ${typeof list[0] === "string" ? "empty" : describeInput(list[0])}; expected the name of the series as text, ${example}` });
    return z.NEVER;
  }
  return name;
});

/** Any finite number (`1`, `2.5`, `-1`): only the order matters. YAML's `.inf` and `.nan` are numbers zod refuses. */
const seriesOrder = z.number({
  error: (issue) =>
    `is ${typeof issue.input === "number" ? `${issue.input}, not a finite number` : describeInput(issue.input)}; expected the post's place in its series as a number, for example seriesOrder: 2`,
});

/**
 * The one schema of a post's front matter. The validator, the `Post` type and
 * the README's front matter table all follow from it. Fields it does not name
 * are kept and reach the templates as `post.data`.
 */
export const frontMatterSchema = z.looseObject({
  title: text("the post's title", '"Deteriorating Security Situation in Iraq"'),
  author: authors,
  date: dateField("is missing; expected the publication date as YYYY-MM-DD, for example 2020-07-13"),
  description: text("a one-sentence summary", '"Why the militias matter"').optional(),
  tags,
  draft: flag("true keeps the post out of the published site").default(false),
  pinned: flag("true shows the post first on the home page").default(false),
  series,
  seriesOrder: seriesOrder.optional(),
  // Not cleaned like other text: a control character in a slug is refused by the slug rules, not dropped.
  slug: z.string({ error: (issue) => `is ${describeInput(issue.input)}; expected the last part of the post's URL as text, for example iraq-security` }).optional(),
  updated: dateField().optional(),
  /** Hugo's `expiryDate`: from this moment the post is no longer published. */
  expiryDate: dateField().optional(),
  comments: flag("false removes the comments section from this post").default(true),
  toc: flag("true shows a table of contents of the post's headings").optional(),
  lang: language.optional(),
  image: text("the picture shown when the post is shared, relative to the post", "images/cover.jpg").optional(),
  imageAlt: text("a description of the image", '"Smoke over the Green Zone"').optional(),
  /** The post's address, as Hugo (`url`) and Zola (`path`) give it: read by src/content/address.ts. */
  url: z.string({ error: (issue) => `is ${describeInput(issue.input)}; expected the post's address as text, for example /2019/03/my-post/` }).optional(),
  path: z.string({ error: (issue) => `is ${describeInput(issue.input)}; expected the post's address as text, for example blog/my-post` }).optional(),
  redirect_from: oldUrls,
  aliases: oldUrls,
  permalink: oldUrls,
});

export type FrontMatterFields = z.output<typeof frontMatterSchema>;

/** The fields the schema knows, and other engines' names for them, for spotting misspelt ones. */
export const KNOWN_FIELDS: readonly string[] = [...Object.keys(frontMatterSchema.shape), ...Object.keys(FIELD_ALIASES), "taxonomies"];
