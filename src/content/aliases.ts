import type { Problem } from "../model/problem.ts";
import { parsePostDate } from "./dates.ts";

/**
 * Field names other engines use for Broadsheet's fields. The README's
 * "Moving from another engine" table lists the same mapping.
 */
export const FIELD_ALIASES: Readonly<Record<string, { field: string; engines: string }>> = {
  pubDate: { field: "date", engines: "Astro, Hugo (pubdate)" },
  publishDate: { field: "date", engines: "Hugo" },
  lastmod: { field: "updated", engines: "Hugo" },
  modified: { field: "updated", engines: "Hugo" },
  updatedDate: { field: "updated", engines: "Astro" },
  summary: { field: "description", engines: "Hugo" },
  excerpt: { field: "description", engines: "Jekyll" },
  published: { field: "draft", engines: "Jekyll (published: false means draft: true); Hugo (a date: the publication date)" },
  authors: { field: "author", engines: "Hugo, Zola (a list of names)" },
  categories: { field: "tags", engines: "Jekyll, Hugo (added to the tags)" },
  category: { field: "tags", engines: "Jekyll (one tag, added to the tags)" },
  tag: { field: "tags", engines: "Jekyll (one tag, added to the tags)" },
  images: { field: "image", engines: "Hugo (the first of the list)" },
  unpublishdate: { field: "expiryDate", engines: "Hugo" },
};

type Position = { line?: number; column?: number };

export interface ResolvedFields {
  /** The front matter under Broadsheet's names, ready for the schema. */
  readonly fields: Record<string, unknown>;
  readonly problems: Problem[];
  /** Other engines' fields that are ignored, and why; the post builds without them. */
  readonly warnings: Problem[];
}

/**
 * Whether a post is written as Jekyll writes one: YAML front matter in a file
 * named by its date (`2020-01-05-name.md`, Jekyll's DATE_FILENAME_MATCHER).
 * Only such a post has its space-separated `categories` split, as Jekyll
 * splits them; Hugo reads `categories: Data Science` as one term.
 */
export function isJekyllPost(file: string, format: string): boolean {
  return format === "yaml" && /^\d{2,4}-\d{1,2}-\d{1,2}-[^/]+$/.test(file.split("/").pop() ?? "");
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function asList(value: unknown, splitText: boolean): unknown[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return splitText ? value.split(/\s+/).filter(Boolean) : [value];
  return Array.isArray(value) ? value : [value];
}

/**
 * Renames other engines' fields to ours. Tag-like fields are combined
 * (the space-separated `categories` of a Jekyll post split as Jekyll splits
 * them, see `isJekyllPost`; Zola's `[taxonomies]` read too). Hugo's `publishDate` dates a post without a
 * `date`, as Hugo's own date does. Any other field given under two names with
 * different values is an error naming both.
 */
export function resolveAliases(data: Record<string, unknown>, file: string, at: (field: string) => Position, jekyll = false): ResolvedFields {
  const fields: Record<string, unknown> = { ...data };
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const conflict = (alias: string, field: string, aliasValue: unknown, fieldValue: unknown) =>
    problems.push({
      file,
      ...at(alias),
      field: alias,
      message: `gives ${JSON.stringify(aliasValue)} but ${field} gives ${JSON.stringify(fieldValue)}; expected only one of them (${alias} means ${field})`,
    });

  // Hugo shows a post's `date`, and dates it by `publishDate` (or a `published` date) only without one, so the two never conflict.
  const hugoPublished = parsePostDate(data.published).ok;
  for (const alias of ["publishDate", ...(hugoPublished ? ["published"] : [])]) {
    if (!(alias in data)) continue;
    delete fields[alias];
    if (fields.date === undefined) fields.date = data[alias];
  }

  for (const alias of ["pubDate", "lastmod", "modified", "updatedDate", "summary", "excerpt", "unpublishdate"]) {
    if (!(alias in data)) continue;
    const field = FIELD_ALIASES[alias]!.field;
    delete fields[alias];
    if (fields[field] === undefined) fields[field] = data[alias];
    else if (!same(fields[field], data[alias])) conflict(alias, field, data[alias], fields[field]);
  }

  if ("published" in data && !hugoPublished) {
    delete fields.published;
    const published = data.published;
    if (typeof published !== "boolean") {
      problems.push({ file, ...at("published"), field: "published", message: `is ${JSON.stringify(published)}; expected true or false` });
    } else if (data.draft === undefined) {
      fields.draft = !published;
    } else if (data.draft !== !published) {
      problems.push({
        file,
        ...at("published"),
        field: "published",
        message: `${published} says the post is ${published ? "published" : "a draft"} but draft: ${JSON.stringify(data.draft)} says otherwise; expected only one of them`,
      });
    }
  }

  if ("authors" in data) {
    delete fields.authors;
    const authors = asList(data.authors, false);
    if (data.author !== undefined && !same(asList(data.author, false), authors)) conflict("authors", "author", data.authors, data.author);
    fields.author = authors.length === 1 ? authors[0] : authors;
  }

  // Hugo's own Open Graph and Twitter card templates share a page with the first of its `images`; a post's own `image` comes first.
  // Some themes' posts write each as a table, `[[images]]` with `src` and `alt`.
  if ("images" in data) {
    delete fields.images;
    const first = asList(data.images, false)[0];
    const table = first && typeof first === "object" && !Array.isArray(first) ? (first as Record<string, unknown>) : undefined;
    const src = typeof first === "string" ? first : typeof table?.src === "string" ? table.src : undefined;
    if (src === undefined) {
      warnings.push({ file, ...at("images"), field: "images", severity: "warning", message: `is ${JSON.stringify(data.images)}, which names no picture, so it is ignored; expected paths of pictures, for example images: [images/cover.jpg]` });
    } else if (fields.image === undefined) {
      fields.image = src;
      if (typeof table?.alt === "string" && fields.imageAlt === undefined) fields.imageAlt = table.alt;
    }
  }

  const taxonomies = data.taxonomies && typeof data.taxonomies === "object" ? (data.taxonomies as Record<string, unknown>) : {};
  // Jekyll splits a plural's text at spaces but keeps a singular `tag` or `category` whole (Utils.pluralized_array_from_hash).
  const extraTags = [...asList(data.categories, jekyll), ...asList(data.category, false), ...asList(data.tag, false), ...asList(taxonomies.tags, false), ...asList(taxonomies.categories, false)];
  delete fields.categories;
  delete fields.category;
  delete fields.tag;
  if (extraTags.length) fields.tags = [...asList(data.tags, false), ...extraTags];

  return { fields, problems, warnings };
}
