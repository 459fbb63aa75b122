import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";

const DATE_PREFIX = /^(\d{4})-(\d{1,2})-(\d{1,2})-/;

/** A post's own name: its file name, or its folder's name for a folder post (`posts/<name>/index.md`). */
export function postName(sourcePath: string): string {
  const parts = sourcePath.split("/");
  const file = parts.at(-1) ?? sourcePath;
  return /^index\.(md|markdown)$/i.test(file) && parts.length > 2 ? (parts.at(-2) ?? file) : file;
}

/** `2020-7-3-notes.md` gives `2020-07-03`: Jekyll's dated file names date posts that say nothing else. */
export function dateFromFileName(name: string): string | undefined {
  const match = DATE_PREFIX.exec(name);
  return match ? `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}` : undefined;
}

/**
 * Lower-case, ASCII-safe slug. Scripts the transliterator does not know
 * (Chinese, Japanese, ...) would slugify to nothing; they get a stable slug
 * derived from the text instead (`post-1a2b3c4d`, or another prefix for tags
 * and authors), so the URL never changes between builds.
 */
export function toSlug(text: string, fallbackPrefix = "post"): string {
  return slugify(text, { decamelize: false }) || `${fallbackPrefix}-${textHash(text)}`;
}

/** Eight hex digits that stand for a text, the same on every machine. */
function textHash(text: string): string {
  return createHash("sha256").update(text.normalize("NFC")).digest("hex").slice(0, 8);
}

/**
 * The slug of a tag, an author or a series, which are grouped by slug: like `toSlug`,
 * but a name the transliterator cannot spell gets `tag_1a2b3c4d`, with an
 * underscore that no slug of a written name contains (slugify turns `_`
 * into `-`). So a literal tag "tag-1a2b3c4d" stays its own tag and never
 * merges by accident with a tag in Chinese that happens to hash to it.
 */
export function groupSlug(name: string, prefix: "tag" | "author" | "series"): string {
  return slugify(name, { decamelize: false }) || `${prefix}_${textHash(name)}`;
}

/** `2020-07-13-my-post.md` gives `my-post`. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/\.(md|markdown)$/i, "").replace(DATE_PREFIX, "");
  return toSlug(base || fileName);
}

export type SlugResult = { ok: true; slug: string } | { ok: false; message: string };

// Separators, percent-escapes, control characters and dot-segments could let
// a slug name a path outside its folder; none has a place in a slug.
const UNSAFE = /[/\\%\u0000-\u001f\u007f]|^\.|\.\./;

/** A `slug` given in front matter: refused if it could escape its folder, else normalised. */
export function slugFromFrontMatter(value: string): SlugResult {
  const text = value.trim();
  if (UNSAFE.test(text)) {
    return {
      ok: false,
      message: `"${printable(text)}" could point outside the post's folder; expected letters, digits and hyphens, like my-first-post`,
    };
  }
  const slug = slugify(text, { decamelize: false });
  if (!slug) return { ok: false, message: `"${printable(text)}" has no letters or digits; expected letters, digits and hyphens, like my-first-post` };
  return { ok: true, slug };
}

function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
