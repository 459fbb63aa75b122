import path from "node:path";
import { cardImage, socialCard } from "../cards/card.ts";
import { nameList, textDirection } from "../model/locale.ts";
import type { OldAddress, Post, SeriesMembership } from "../model/post.ts";
import { summariseMoving, type MovingSummary, type PostMoving } from "../model/moving.ts";
import type { Problem } from "../model/problem.ts";
import { fileKey, postUrl } from "../model/routes.ts";
import { FIELD_ALIASES } from "./aliases.ts";
import { addressFromFrontMatter, dateFromAddress } from "./address.ts";
import { byLine, misspellingNotes, readDocument, renderDocument, schemaProblems, type DocumentContext } from "./document.ts";
import { resolveReferences } from "./references.ts";
import { titleHeading } from "./title-heading.ts";
import { excerptOf, metaDescriptionOf } from "./excerpt.ts";
import { createFileCache, isEditorLeftover, isMarkdownFile, listFiles, siteFolders, sitePath } from "./files.ts";
import { folderDocumentProblem, withFolderFiles } from "./folders.ts";
import type { PostStore } from "./post-store.ts";
import { SETTINGS_FILE } from "./settings.ts";
import { countWords, readingMinutes } from "./reading-time.ts";
import { frontMatterSchema, KNOWN_FIELDS, type FrontMatterFields } from "./schema.ts";
import { dateFromFileName, postName, slugFromFileName, slugFromFrontMatter } from "./slug.ts";
import { showsTableOfContents } from "./toc.ts";

export const POSTS_DIR = "posts";

export interface LoadedPosts {
  /** Every valid post, drafts included, in source-path order. */
  readonly posts: readonly Post[];
  readonly problems: readonly Problem[];
  /** Things to fix that do not stop the build, such as an image without alt text. */
  readonly warnings: readonly Problem[];
  /** Documents in other formats (`.mdx`, `.html`, ...) that are not posts, for `npm run check` to list. */
  readonly skipped: readonly string[];
  /** What reading other engines' posts took, for the movers' summary. */
  readonly moving: MovingSummary;
  /** How many post files were parsed and rendered in this load, not taken from the store. */
  readonly readAgain: number;
}

/**
 * `files` are the images the post names, found or not: the post is read again
 * when one of them changes. Warnings are kept whether or not the post has
 * problems, so one run of `npm run check` names everything to fix.
 */
export type PostOutcome = ({ post: Post; problems?: undefined } | { post?: undefined; problems: Problem[] }) & {
  files?: readonly string[];
  warnings?: readonly Problem[];
  moving?: PostMoving;
  /** Remote images that could not be downloaded this time: a later build may, so this outcome is not kept between builds. */
  unfetched?: readonly string[];
};
type Outcome = PostOutcome;

/** Other engines' fields read as something other than one of ours, for the movers' summary. */
const OTHER_READINGS: Readonly<Record<string, string>> = { url: "the address", path: "the address", taxonomies: "tags" };

/** Formats other engines write posts in that Broadsheet does not render. */
export const OTHER_DOCUMENT = /\.(mdx|mdoc|markdoc|textile|adoc|asciidoc|rst|org|html?|ipynb)$/i;

/** What reading a post needs besides its bytes: the site and the shared renderers. */
export type PostContext = DocumentContext;

/**
 * Turns one Markdown file into a `Post`, or the problems that stop it.
 * Everything pages show of a post is derived here, once.
 */
export async function parsePost(bytes: Uint8Array, sourcePath: string, context: PostContext): Promise<Outcome> {
  const { root, settings, markdown } = context;
  const read = readDocument(bytes, sourcePath, KNOWN_FIELDS, "front matter with title, author and date, then the post");
  if (!read.ok) return { problems: read.problems };
  let document = read.value;
  const { data, fields, at, misspelt, problems, emptied } = document;
  const name = postName(sourcePath);
  const early: Problem[] = [];
  // An Eleventy or Liquid permalink (`/blog/{{ page.fileSlug }}/`) is a template Broadsheet does not run.
  if (typeof fields.permalink === "string" && /\{[{%]/.test(fields.permalink)) {
    early.push({ file: sourcePath, ...at("permalink"), field: "permalink", message: `${fields.permalink} is a template, which Broadsheet does not run, so nothing redirects from the post's old address; expected a plain path such as /2019/01/old-post/, or no permalink` });
    delete fields.permalink;
  }
  // A post without a title whose body opens with a level-one heading takes the heading as its title, shown once.
  const heading = fields.title === undefined && !misspelt.has("title") ? titleHeading(document.body, markdown) : undefined;
  if (heading) {
    fields.title = heading.title;
    document = { ...document, body: heading.body };
    early.push({
      file: sourcePath,
      line: document.bodyLine + heading.line - 1,
      field: "title",
      message: `is missing, so the first heading "${heading.title}" is the post's title (and is not shown twice); expected title: ${JSON.stringify(heading.title)} in the front matter, and the heading removed`,
    });
  }
  // A body that opens with the title itself as a level-one heading (a Jekyll post's `{{ page.title }}` over `===`) shows it once, in the page's header.
  const repeated = heading === undefined && typeof fields.title === "string" ? titleHeading(document.body, markdown) : undefined;
  if (repeated && (sameWords(repeated.title, fields.title as string) || /^\{\{\s*page\.title\s*\}\}$/.test(repeated.title))) document = { ...document, body: repeated.body };
  // Front matter wins over a date in the file name or the address; they only fill a gap.
  const fromFileName = fields.date === undefined ? dateFromFileName(name) : undefined;
  const fromAddress = fields.date === undefined && !fromFileName ? (dateFromAddress(fields.url) ?? dateFromAddress(fields.path) ?? dateFromAddress(fields.permalink)) : undefined;
  if (fields.date === undefined) fields.date = fromFileName ?? fromAddress;
  const parsed = frontMatterSchema.safeParse(fields);
  if (!parsed.success) problems.push(...schemaProblems(parsed.error.issues, document, sourcePath));
  const authors = parsed.data?.author ?? (settings.defaultAuthor ? [settings.defaultAuthor] : undefined);
  if (parsed.success && authors === undefined && !misspelt.has("author")) {
    const written = emptied.includes("author") ? "is empty" : "is missing";
    problems.push({ file: sourcePath, ...at("author"), field: "author", message: `${written}; expected the author's name, or a defaultAuthor in site.config.ts` });
  }
  // Only a required field still missing makes a misspelling stop the post.
  const misspellings = misspellingNotes(document, sourcePath, (field) => (field === "author" ? authors === undefined : (field === "title" || field === "date") && fields[field] === undefined));
  problems.push(...misspellings.problems);
  early.push(...misspellings.warnings, ...document.warnings);
  if (parsed.data && parsed.data.seriesOrder !== undefined && parsed.data.series === undefined) {
    problems.push({ file: sourcePath, ...at("seriesOrder"), field: "seriesOrder", message: 'is set, but the post names no series; expected series: as well, for example series: "Reading the Iraqi Press"' });
  }
  let slug = slugFromFileName(name);
  if (parsed.data?.slug !== undefined) {
    const result = slugFromFrontMatter(parsed.data.slug);
    if (result.ok) slug = result.slug;
    else problems.push({ file: sourcePath, ...at("slug"), field: "slug", message: result.message });
  }

  const addressField = parsed.data?.url !== undefined ? "url" : parsed.data?.path !== undefined ? "path" : undefined;
  const address = addressField && addressFromFrontMatter(parsed.data![addressField]!);
  if (address && !address.ok) problems.push({ file: sourcePath, ...at(addressField), field: addressField, message: address.message });
  if (address?.ok && parsed.data?.slug === undefined) slug = address.slug;

  // The body is rendered even when the front matter has problems, so a missing image is reported in the same run.
  const url = (address?.ok && address.url) || postUrl(slug, parsed.data?.date.day, settings.permalink);
  const id = url === postUrl(slug) ? slug : url.replace(/^\/+|\/+$/g, "");
  const { rendered, cover, files, problems: bodyProblems, warnings: bodyWarnings, unfetched: notDownloaded } = await renderDocument(document, sourcePath, url, { src: parsed.data?.image, alt: parsed.data?.imageAlt }, context);
  problems.push(...bodyProblems);
  const warnings = [...early.map((warning): Problem => ({ ...warning, severity: "warning" })), ...bodyWarnings];
  const recasedFrom = new Map([...document.recased].map(([field, name]) => [name, field]));
  const moving: PostMoving = {
    fields: Object.keys(data).flatMap((name) => {
      const field = recasedFrom.get(name) ?? name;
      if (emptied.includes(field)) return [];
      const ours = field === "published" && typeof data[name] === "string" ? "date" : (FIELD_ALIASES[field]?.field ?? OTHER_READINGS[field] ?? (field === name ? undefined : field));
      return ours ? [`${name} → ${ours}`] : [];
    }),
    emptied,
    titleFromHeading: heading !== undefined,
    dateFromAddress: fromAddress !== undefined,
    converted: rendered.moving.converted,
    asText: rendered.moving.asText,
  };
  const unfetched = notDownloaded.length ? { unfetched: notDownloaded } : {};
  if (problems.length || !parsed.success || authors === undefined || !rendered.ok || (cover && !cover.ok)) return { problems: problems.sort(byLine), files, warnings, moving, ...unfetched };

  const valid = parsed.data;
  const markup = rendered.value;
  const excerpt = excerptOf(valid.description, markup.firstParagraph, markup.beforeMore);
  const lang = valid.lang ?? settings.language;
  const author = joinNames(authors, settings.language);
  const picture = cover?.ok ? cover.image : markup.firstImage;
  // A post with no picture of its own is shared with a card drawn from its title (src/cards/).
  const card =
    picture || !settings.socialCards
      ? undefined
      : socialCard(root, {
          siteTitle: settings.title,
          siteLanguage: settings.language,
          title: valid.title,
          author,
          date: valid.date,
          dir: textDirection(lang),
          ...(settings.theme.accent ? { accent: settings.theme.accent.light } : {}),
        });
  return {
    warnings,
    files,
    moving,
    ...unfetched,
    post: {
      id,
      slug,
      url,
      title: valid.title,
      authors,
      author,
      date: valid.date,
      updated: valid.updated,
      expires: valid.expiryDate,
      description: valid.description,
      tags: valid.tags,
      draft: valid.draft,
      pinned: valid.pinned,
      series: seriesOf(valid, at),
      comments: valid.comments,
      redirects: oldAddresses({ redirect_from: valid.redirect_from, aliases: valid.aliases, permalink: valid.permalink, [addressField ?? "url"]: address?.ok && address.redirect ? [address.redirect] : [] }, url, at),
      excerpt,
      html: markup.html,
      sourcePath,
      data,
      metaDescription: metaDescriptionOf(valid.description, excerpt),
      readingMinutes: readingMinutes(countWords(markup.text)),
      headings: markup.headings,
      toc: showsTableOfContents(valid.toc, settings.toc, markup.headings),
      lang,
      dir: textDirection(lang),
      image: picture ?? (card && cardImage(card)),
      cover: cover?.ok ? cover.picture : undefined,
      thumbnail: (cover?.ok ? cover.picture : undefined) ?? markup.firstPicture,
      card,
      assets: [...(cover?.ok ? cover.assets : []), ...markup.assets, ...(card ? [{ from: card.file, to: card.url }] : [])],
      embeds: markup.embeds,
      links: markup.links,
    },
  };
}

/** Each old address once (as file systems that ignore case see it), under the first field that names it; the post's own address is no old address. */
export function oldAddresses(fields: Pick<FrontMatterFields, "redirect_from" | "aliases" | "permalink"> & Partial<Record<"url" | "path", readonly string[]>>, url: string, at: (field: string) => { line?: number; column?: number }): OldAddress[] {
  const seen = new Set([fileKey(url)]);
  const addresses: OldAddress[] = [];
  for (const field of ["url", "path", "redirect_from", "aliases", "permalink"] as const) {
    for (const old of fields[field] ?? []) {
      if (seen.has(fileKey(old))) continue;
      seen.add(fileKey(old));
      addresses.push({ url: old, field, ...at(field) });
    }
  }
  return addresses;
}

function seriesOf(fields: Pick<FrontMatterFields, "series" | "seriesOrder">, at: (field: string) => { line?: number; column?: number }): SeriesMembership | undefined {
  if (fields.series === undefined) return undefined;
  const { line, column } = at("series");
  const order = at("seriesOrder");
  return {
    name: fields.series,
    order: fields.seriesOrder,
    ...(line === undefined ? {} : { line, column }),
    ...(order.line === undefined ? {} : { orderLine: order.line, orderColumn: order.column }),
  };
}

/** Whether two titles are the same words, whatever their case and spacing. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.trim().replace(/\s+/g, " ").toLocaleLowerCase();
  return words(a) === words(b);
}

/** "A and B" in the site's language. */
function joinNames(names: readonly string[], language: string): string {
  return names.length === 1 ? names[0]! : nameList(language).format(names);
}

/**
 * Loads every post under `<root>/posts`. What each file gave is kept by the
 * file's size and modification time (and those of the images it names), so
 * the dev server re-reads and re-renders only the posts that changed, and a
 * post whose missing image has since been added is read again. With a
 * `store` (a production build), what earlier builds read is kept between
 * processes too (src/content/post-store.ts). A missing or empty posts
 * folder is a problem: building it would replace a whole site with an
 * empty one.
 */
export function createPostLoader(context: PostContext, store?: PostStore) {
  const readAll = createFileCache<Outcome>();
  const { root } = context;
  const inThisThread = (bytes: Uint8Array, sourcePath: string) => parsePost(bytes, sourcePath, context);
  /**
   * `parseWith`, told how many post files there are, may give another way to
   * read one (the worker pool of src/content/post-pool.ts); this thread
   * reads them otherwise. Outcomes are kept in file order either way.
   */
  return async function loadPosts(parseWith?: (files: number) => ((bytes: Uint8Array, sourcePath: string) => Promise<Outcome>) | undefined): Promise<LoadedPosts> {
    const postsDir = path.join(root, POSTS_DIR);
    const listing = await listFiles(postsDir, siteFolders(root));
    const { files } = listing;
    const markdown = files.filter((file) => isMarkdownFile(path.basename(file)));
    const others = files.filter((file) => !isMarkdownFile(path.basename(file)) && !isEditorLeftover(path.basename(file)));
    const refused = markdown.flatMap((file) => folderDocumentProblem(file, postsDir, markdown, root, "post") ?? []);
    const postFiles = markdown.filter((file) => !refused.some((problem) => problem.file === sitePath(root, file)));
    // Asked for at the first post the store does not have: a build that finds every post there starts no worker.
    let parse: ((bytes: Uint8Array, sourcePath: string) => Promise<Outcome>) | undefined;
    let readAgain = 0;
    const outcomes = await readAll(
      postFiles,
      async (bytes, file) => {
        const sourcePath = sitePath(root, file);
        let outcome = await store?.get(sourcePath, bytes);
        if (!outcome) {
          readAgain++;
          parse ??= parseWith?.(postFiles.length) ?? inThisThread;
          outcome = await parse(bytes, sourcePath);
          await store?.put(sourcePath, bytes, outcome);
        }
        return { value: outcome, dependsOn: outcome.files ?? [] };
      },
      (file, reason) => ({ problems: [{ file: sitePath(root, file), message: reason }] }),
    );
    await store?.save();
    const references = resolveReferences(outcomes.flatMap((outcome) => (outcome.post ? [withFolderFiles(outcome.post, root, others)] : [])));
    const posts = references.posts;
    const published = new Set(posts.flatMap((post) => post.assets.map((asset) => asset.from)));
    const folderProblems: Problem[] = [];
    if (!listing.exists) {
      folderProblems.push({ file: `${POSTS_DIR}/`, message: `not found; expected a folder ${POSTS_DIR}/ beside ${SETTINGS_FILE}, with a Markdown file for each post` });
    } else if (markdown.length === 0 && listing.problems.length === 0) {
      folderProblems.push({ file: `${POSTS_DIR}/`, message: "has no posts; expected at least one .md or .markdown file (a site without posts would replace the published one with an empty one)" });
    }
    return {
      posts,
      problems: [...folderProblems, ...listing.problems, ...refused, ...outcomes.flatMap((outcome) => outcome.problems ?? [])],
      warnings: [...outcomes.flatMap((outcome) => outcome.warnings ?? []), ...references.warnings],
      moving: summariseMoving(outcomes.flatMap((outcome) => outcome.moving ?? [])),
      skipped: files.filter((file) => OTHER_DOCUMENT.test(file) && !published.has(file)).map((file) => sitePath(root, file)),
      readAgain,
    };
  };
}
