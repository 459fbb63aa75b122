import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { ParsedEntry, ParsedFeed } from "./feeds.ts";

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), field by field as
 * the spec has them: what is required, and the type of every field a
 * producer may write. feedparser, which reads the Atom and RSS feeds, does not
 * read JSON Feed; this reader is written from the spec, not from our feed
 * code, so it checks that code rather than repeating it. Keys starting with
 * `_` are extensions, which the spec lets readers ignore; other unknown keys
 * are allowed too, as the spec does not forbid them.
 */
const httpUrl = z.url({ protocol: /^https?$/, error: "expected an absolute http(s) URL" });
/** RFC 3339, as the spec requires of both dates. */
const rfc3339 = z.iso.datetime({ offset: true, error: "expected an RFC 3339 date-time, e.g. 2020-07-13T00:00:00Z" });

const author = z
  .object({ name: z.string().optional(), url: httpUrl.optional(), avatar: httpUrl.optional() })
  .refine((value) => value.name !== undefined || value.url !== undefined || value.avatar !== undefined, "an author must have a name, url or avatar");

const attachment = z.object({
  url: httpUrl,
  mime_type: z.string(),
  title: z.string().optional(),
  size_in_bytes: z.number().optional(),
  duration_in_seconds: z.number().optional(),
});

const item = z
  .object({
    // The spec tells readers to coerce other ids to strings; a producer writes strings.
    id: z.string().min(1, "expected a non-empty id"),
    url: httpUrl.optional(),
    external_url: httpUrl.optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    image: httpUrl.optional(),
    banner_image: httpUrl.optional(),
    date_published: rfc3339.optional(),
    date_modified: rfc3339.optional(),
    authors: z.array(author).optional(),
    tags: z.array(z.string()).optional(),
    language: z.string().optional(),
    attachments: z.array(attachment).optional(),
  })
  .refine((value) => value.content_html !== undefined || value.content_text !== undefined, "an item must have content_html or content_text");

const JSON_FEED_1_1 = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string(),
  home_page_url: httpUrl.optional(),
  feed_url: httpUrl.optional(),
  description: z.string().optional(),
  user_comment: z.string().optional(),
  next_url: httpUrl.optional(),
  icon: httpUrl.optional(),
  favicon: httpUrl.optional(),
  authors: z.array(author).optional(),
  language: z.string().optional(),
  expired: z.boolean().optional(),
  hubs: z.array(z.object({ type: z.string(), url: httpUrl })).optional(),
  items: z.array(item),
});

/** The names the JSON Feed spec gives its versions, in feedparser's style (`json11`). */
const VERSIONS: Readonly<Record<string, string>> = { "https://jsonfeed.org/version/1": "json10", "https://jsonfeed.org/version/1.1": "json11" };

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
/** Seconds since the epoch of an RFC 3339 date; null for anything else, however Date.parse might read it. */
const seconds = (value: unknown): number | null => (rfc3339.safeParse(value).success ? Date.parse(value as string) / 1000 : null);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** An item as a reader would show it, read leniently so that a feed with problems still shows what it has. */
function entryOf(raw: unknown): ParsedEntry {
  const value = isRecord(raw) ? raw : {};
  const authors = Array.isArray(value.authors) ? value.authors.flatMap((one) => (isRecord(one) && typeof one.name === "string" ? [one.name] : [])) : [];
  return {
    title: text(value.title),
    link: text(value.url),
    id: text(value.id),
    authors,
    published: seconds(value.date_published),
    updated: seconds(value.date_modified),
  };
}

/**
 * Reads a JSON Feed file as a reader would, and says what makes it invalid
 * JSON Feed 1.1 (`bozo`): not JSON, a missing or mistyped field, an item
 * without content, ids that are not unique.
 */
export async function readJsonFeed(file: string): Promise<ParsedFeed> {
  const reader = "the JSON Feed 1.1 reader";
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    return { reader, bozo: true, bozoException: `not JSON: ${(error as Error).message}`, version: "", title: null, entries: [] };
  }
  const raw = isRecord(document) ? document : {};
  const problems: string[] = [];
  const checked = JSON_FEED_1_1.safeParse(document);
  if (!checked.success) {
    for (const issue of checked.error.issues) problems.push(`${issue.path.length ? issue.path.join(".") : "(the document)"}: ${issue.message}`);
  }
  const items = Array.isArray(raw.items) ? raw.items : [];
  const entries = items.map(entryOf);
  const ids = entries.flatMap((entry) => (entry.id === null ? [] : [entry.id]));
  for (const id of new Set(ids.filter((one, index) => ids.indexOf(one) !== index))) problems.push(`items: the id ${JSON.stringify(id)} is used more than once`);
  return {
    reader,
    bozo: problems.length > 0,
    bozoException: problems.length ? problems.join("; ") : null,
    version: VERSIONS[String(raw.version)] ?? "",
    title: text(raw.title),
    entries,
  };
}
