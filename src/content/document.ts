import type { MarkdownIt } from "markdown-it";
import type { z } from "zod";
import { processSocialImage, type CheckFile, type ImageProcessor, type ProcessedSocialImage } from "../markdown/images.ts";
import { renderMarkdown, type MarkdownResult } from "../markdown/index.ts";
import { isRemoteImage, type RemoteImageFetcher } from "../markdown/remote-images.ts";
import type { Problem } from "../model/problem.ts";
import type { Settings } from "../model/settings.ts";
import { FIELD_ALIASES, isJekyllPost, resolveAliases } from "./aliases.ts";
import { withoutEmptyFields } from "./empty-fields.ts";
import { fieldInOtherCase, intendedField } from "./field-names.ts";
import { decode } from "./files.ts";
import { readFrontMatter } from "./front-matter.ts";

/**
 * What reading a post or a page needs besides its bytes: the site and the
 * shared renderers. Posts and pages are read by the same steps (this
 * module); only their schemas and what they become differ.
 */
export interface DocumentContext {
  readonly root: string;
  readonly settings: Settings;
  readonly markdown: MarkdownIt;
  readonly processImage: ImageProcessor;
  /** The site's symlink policy for the images posts and pages name (`resolveInSite`). */
  readonly checkFile: CheckFile;
  /** The static folders a site-absolute image (`/images/x.png`) is looked up in, in order. */
  readonly staticFolders: readonly string[];
  /** Downloads images from other hosts into the cache; absent when `remoteImages` is false. */
  readonly fetchImage?: RemoteImageFetcher;
}

type Position = { line?: number; column?: number };

/** A Markdown file's front matter under Broadsheet's field names, its body, and what is wrong so far. */
export interface DocumentFields {
  /** Every field as written, unknown ones included. */
  readonly data: Record<string, unknown>;
  /** The fields under Broadsheet's names (other engines' names renamed, empty optional ones left out), for the schema. */
  readonly fields: Record<string, unknown>;
  /** The fields written empty and so left out (`description: ""`), for the movers' summary. */
  readonly emptied: readonly string[];
  readonly body: string;
  /** The line of the file the body starts on. */
  readonly bodyLine: number;
  readonly at: (field: string) => Position;
  /** Fields written in another case and read as the known one (`Title` → `title`), for the movers' summary. */
  readonly recased: ReadonlyMap<string, string>;
  /** Unknown fields that look like a known one (`titel` → `title`); `misspellingNotes` says what each means. */
  readonly misspellings: readonly { readonly written: string; readonly intended: string }[];
  /** Broadsheet's fields that a misspelt one was meant to be (`pubdat` → `date`). */
  readonly misspelt: ReadonlySet<string>;
  /** `image` is the first of Hugo's `images`, which Hugo finds in the page's bundle or else from the site's root. */
  readonly imageFromImages: boolean;
  readonly problems: Problem[];
  /** Other engines' fields that are ignored, and why. */
  readonly warnings: readonly Problem[];
}

/**
 * Decodes a Markdown file and reads its front matter, leaving out empty
 * optional fields (see `withoutEmptyFields`), renaming other engines' fields
 * to ours and naming misspelt ones (against `known`).
 * `expected` finishes the problem for an empty file: what it should hold.
 */
export function readDocument(bytes: Uint8Array, sourcePath: string, known: readonly string[], expected: string): { ok: true; value: DocumentFields } | { ok: false; problems: Problem[] } {
  const fail = (message: string) => ({ ok: false as const, problems: [{ file: sourcePath, message }] });
  const source = decode(bytes);
  if (source === undefined) return fail("is not valid UTF-8 text; expected the file to be saved as UTF-8");
  if (source.trim() === "") return fail(`the file is empty; expected ${expected}`);

  const frontMatter = readFrontMatter(source, sourcePath);
  if (!frontMatter.ok) return { ok: false, problems: frontMatter.problems };
  const { data, body, bodyLine, positions, format } = frontMatter.value;

  const problems: Problem[] = [];
  // Hugo reads keys whatever their case, so `Title` is the title; the key's own position is where it is written.
  const recased = new Map<string, string>();
  const written: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const field = fieldInOtherCase(name, known);
    if (field === undefined) written[name] = value;
    else if (field in data) {
      if (JSON.stringify(data[field]) !== JSON.stringify(value)) {
        problems.push({ file: sourcePath, ...positions.get(name), field: name, message: `gives ${JSON.stringify(value)} but ${field} gives ${JSON.stringify(data[field])}; expected only one of them (${name} means ${field})` });
      }
    } else {
      recased.set(field, name);
      written[field] = value;
    }
  }
  // A field filled from another engine's name (`image` from Hugo's `images`) is pointed at where that name is written.
  const writtenAs = (field: string) => Object.keys(FIELD_ALIASES).find((alias) => FIELD_ALIASES[alias]!.field === field && positions.has(alias));
  const at = (field: string) => positions.get(field) ?? positions.get(recased.get(field) ?? "") ?? positions.get(writtenAs(field) ?? "") ?? {};

  const misspellings: { written: string; intended: string }[] = [];
  for (const name of Object.keys(written)) {
    const intended = intendedField(name, known);
    if (intended) misspellings.push({ written: name, intended });
  }
  const given = withoutEmptyFields(written);
  const resolved = resolveAliases(given.fields, sourcePath, at, isJekyllPost(sourcePath, format));
  problems.push(...resolved.problems);
  const misspelt = new Set(misspellings.map(({ intended }) => FIELD_ALIASES[intended]?.field ?? intended));
  const imageFromImages = given.fields.image === undefined && resolved.fields.image !== undefined;
  return { ok: true, value: { data, fields: resolved.fields, emptied: given.emptied, body, bodyLine, at, recased, misspellings, misspelt, imageFromImages, problems, warnings: resolved.warnings } };
}

/**
 * What each misspelt field means. Only a required field can stop a post:
 * `titel` with no `title` is a problem (the post has no title, and the
 * line says why), while `update` or `tag` for an optional field is a
 * warning and the post builds without it. `missing` says whether a
 * required field is still missing once everything else has filled it (a
 * date from the file name, the site's default author).
 */
export function misspellingNotes(document: DocumentFields, sourcePath: string, missing: (field: string) => boolean): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const { written, intended } of document.misspellings) {
    const field = FIELD_ALIASES[intended]?.field ?? intended;
    const where = { file: sourcePath, ...document.at(written), field: written };
    if (missing(field)) problems.push({ ...where, message: `is not a field Broadsheet knows, and ${field} is missing; did you mean "${intended}"?` });
    else warnings.push({ ...where, severity: "warning", message: `is not a field Broadsheet knows, so it is ignored; did you mean "${intended}"?` });
  }
  return { problems, warnings };
}

/** The schema's complaints as problems at their fields; a field already named as misspelt is not also called missing. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], document: DocumentFields, sourcePath: string): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    // "did you mean title?" already says what a missing title would.
    if (document.misspelt.has(field) && document.fields[field] === undefined) continue;
    problems.push({ file: sourcePath, ...document.at(field), field, message: issue.message });
  }
  return problems;
}

/** The rendered body and the social image of a post or page, with the files they name and what to warn about. */
export interface RenderedDocument {
  readonly rendered: MarkdownResult;
  readonly cover: ProcessedSocialImage | undefined;
  /** Every file the body and `image` name, found or not: the document is read again when one changes. */
  readonly files: string[];
  /** Problems of the body and of `image`. */
  readonly problems: Problem[];
  readonly warnings: Problem[];
  /** Images on other hosts, the body's or `image`, that could not be downloaded this time. */
  readonly unfetched: string[];
}

/**
 * Renders the body shown at `url` and processes front matter `image` (its
 * alt text `imageAlt`). Done even when the front matter has problems, so a
 * missing image is reported in the same run.
 */
export async function renderDocument(
  document: DocumentFields,
  sourcePath: string,
  url: string,
  image: { readonly src: string | undefined; readonly alt: string | undefined },
  context: DocumentContext,
): Promise<RenderedDocument> {
  const { root, markdown, processImage, checkFile, staticFolders, fetchImage } = context;
  const { data, body, bodyLine, at, fields } = document;
  const title = typeof fields.title === "string" && fields.title.trim() ? fields.title.trim() : undefined;
  const rendered = await renderMarkdown(markdown, body, { root, sourcePath, firstLine: bodyLine, pageUrl: url, processImage, checkFile, staticFolders, ...(fetchImage ? { fetchImage } : {}), ...(title ? { title } : {}) });
  const problems: Problem[] = rendered.ok ? [] : [...rendered.problems];
  const coverSrc = image.src ?? (typeof data.image === "string" && data.image.trim() ? data.image.trim() : undefined);
  const warnings: Problem[] = [...rendered.warnings];
  const lookup = { root, sourcePath, processImage, checkFile, staticFolders };
  let cover: ProcessedSocialImage | undefined;
  const unfetched = [...rendered.unfetched];
  if (coverSrc !== undefined && isRemoteImage(coverSrc)) {
    // As with the body's images, a cover on another host that cannot be had leaves the post without one, not unbuilt.
    const fetched = fetchImage ? await fetchImage(coverSrc) : { ok: false as const, reason: "is not downloaded (remoteImages: false in site.config.ts)" };
    if (fetchImage && !fetched.ok) unfetched.push(coverSrc);
    const processed = fetched.ok ? await processSocialImage(coverSrc, image.alt ?? "", lookup, fetched.file) : undefined;
    const reason = fetched.ok ? (processed?.ok ? undefined : `was downloaded but ${processed?.message.slice(coverSrc.length + 1).replace(/; expected .*$/, "")}`) : fetched.reason;
    if (reason === undefined) cover = processed;
    else {
      warnings.push({ file: sourcePath, ...at("image"), field: "image", message: `${coverSrc} ${reason}, so the post has no cover picture; expected an image that can be downloaded, or a copy next to the post (image: images/cover.jpg)` });
    }
  } else if (coverSrc !== undefined) {
    cover = await processSocialImage(coverSrc, image.alt ?? "", lookup);
    // Hugo's get-page-images partial reads a relative `images` path as a file of the page's bundle, else from the site's root.
    if (!cover.ok && document.imageFromImages && !coverSrc.startsWith("/")) {
      const fromRoot = await processSocialImage(`/${coverSrc}`, image.alt ?? "", lookup);
      const elsewhere = /\(looked for ([^)]*)\)/.exec(fromRoot.ok ? "" : fromRoot.message)?.[1];
      if (fromRoot.ok) cover = fromRoot;
      else if (elsewhere) cover = { ...cover, message: cover.message.replace(/\(looked for ([^)]*)\)/, `(looked for $1 and ${elsewhere})`) };
    }
  }
  if (cover && !cover.ok) problems.push({ file: sourcePath, ...at("image"), field: "image", message: cover.message });
  if (image.src !== undefined && image.alt === undefined) {
    warnings.push({ file: sourcePath, ...at("image"), field: "imageAlt", message: `is missing, so ${image.src} is shared without a description; expected one, for example imageAlt: "Smoke over the Green Zone"` });
  }
  return {
    rendered,
    cover,
    files: [...rendered.files, ...(cover?.file ? [cover.file] : [])],
    problems,
    warnings: warnings.map((warning): Problem => ({ ...warning, severity: "warning" })),
    unfetched,
  };
}

/** A document's problems in the order of its lines; those without a line (the file as a whole) last. */
export function byLine(a: Problem, b: Problem): number {
  return (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0);
}
