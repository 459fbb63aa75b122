import path from "node:path";
import { textDirection } from "../model/locale.ts";
import type { Page } from "../model/page.ts";
import type { Problem } from "../model/problem.ts";
import { pageUrl } from "../model/routes.ts";
import { byLine, misspellingNotes, readDocument, renderDocument, schemaProblems, type DocumentContext } from "./document.ts";
import { excerptOf, metaDescriptionOf } from "./excerpt.ts";
import { createFileCache, isEditorLeftover, isMarkdownFile, listFiles, siteFolders, sitePath } from "./files.ts";
import { FOLDER_DOCUMENT, folderDocumentProblem, withFolderFiles } from "./folders.ts";
import { KNOWN_PAGE_FIELDS, pageFieldAliases, pageSchema } from "./page-schema.ts";
import { oldAddresses, OTHER_DOCUMENT } from "./posts.ts";
import { toSlug } from "./slug.ts";
import { showsTableOfContents } from "./toc.ts";

export const PAGES_DIR = "pages";

export interface LoadedPages {
  /** Every valid page, drafts included, in source-path order. */
  readonly pages: readonly Page[];
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** Documents in other formats (`.mdx`, `.html`, ...) in `pages/`, which are not pages. */
  readonly skipped: readonly string[];
}

type Outcome = ({ page: Page; problems?: undefined } | { page?: undefined; problems: Problem[] }) & { files?: readonly string[]; warnings?: readonly Problem[] };

/**
 * A page's path under the site, from its file: `pages/about.md` → `about`,
 * `pages/contact/index.md` → `contact`, `pages/Über uns.md` → `uber-uns`.
 * Each part is a slug, as a post's is.
 */
export function pagePath(sourcePath: string): string {
  const parts = sourcePath.split("/").slice(1);
  const file = parts.pop()!;
  if (!FOLDER_DOCUMENT.test(file)) parts.push(file.replace(/\.(md|markdown)$/i, ""));
  return parts.map((part) => toSlug(part, "page")).join("/");
}

/**
 * Turns one Markdown file of `pages/` into a `Page`, or the problems that
 * stop it: the same reading, Markdown, images and problem lines as a post
 * (src/content/document.ts), through the page's own schema.
 */
export async function parsePage(bytes: Uint8Array, sourcePath: string, context: DocumentContext): Promise<Outcome> {
  const { settings } = context;
  const read = readDocument(bytes, sourcePath, KNOWN_PAGE_FIELDS, "front matter with a title, then the page");
  if (!read.ok) return { problems: read.problems };
  const document = { ...read.value, fields: pageFieldAliases(read.value.fields) };
  const { data, at, problems } = document;
  const parsed = pageSchema.safeParse(document.fields);
  if (!parsed.success) problems.push(...schemaProblems(parsed.error.issues, document, sourcePath));
  const misspellings = misspellingNotes(document, sourcePath, (field) => field === "title" && document.fields.title === undefined);
  problems.push(...misspellings.problems);

  const pathUnderSite = pagePath(sourcePath);
  const url = pageUrl(pathUnderSite);
  const { rendered, cover, files, problems: bodyProblems, warnings: bodyWarnings } = await renderDocument(document, sourcePath, url, { src: parsed.data?.image, alt: parsed.data?.imageAlt }, context);
  problems.push(...bodyProblems);
  const warnings = [...misspellings.warnings, ...document.warnings, ...bodyWarnings];
  if (problems.length || !parsed.success || !rendered.ok) return { problems: problems.sort(byLine), files, warnings };

  const valid = parsed.data;
  const markup = rendered.value;
  const excerpt = excerptOf(valid.description, markup.firstParagraph, markup.beforeMore);
  const lang = valid.lang ?? settings.language;
  return {
    warnings,
    files,
    page: {
      id: `pages/${pathUnderSite}`,
      path: pathUnderSite,
      url,
      title: valid.title,
      description: valid.description,
      menu: valid.menu,
      order: valid.order,
      draft: valid.draft,
      comments: valid.comments,
      redirects: oldAddresses(valid, url, at),
      excerpt,
      html: markup.html,
      sourcePath,
      data,
      metaDescription: metaDescriptionOf(valid.description, excerpt),
      headings: markup.headings,
      toc: showsTableOfContents(valid.toc, settings.toc, markup.headings),
      lang,
      dir: textDirection(lang),
      image: cover?.ok ? cover.image : markup.firstImage,
      links: markup.links,
      embeds: markup.embeds,
      assets: [...(cover?.ok ? cover.assets : []), ...markup.assets],
    },
  };
}

/**
 * Loads every page under `<root>/pages`, keeping what each file gave like
 * the post loader does. A site needs no pages: a missing `pages/` is fine.
 * A folder page (`pages/contact/index.md`) publishes the other files of its
 * folder beside it, under the same rule as a folder post.
 */
export function createPageLoader(context: DocumentContext) {
  const readAll = createFileCache<Outcome>();
  const { root } = context;
  return async function loadPages(): Promise<LoadedPages> {
    const pagesDir = path.join(root, PAGES_DIR);
    const listing = await listFiles(pagesDir, siteFolders(root));
    const { files } = listing;
    const markdown = files.filter((file) => isMarkdownFile(path.basename(file)));
    const others = files.filter((file) => !isMarkdownFile(path.basename(file)) && !isEditorLeftover(path.basename(file)));
    const refused = markdown.flatMap((file) => folderDocumentProblem(file, pagesDir, markdown, root, "page") ?? []);
    const pageFiles = markdown.filter((file) => !refused.some((problem) => problem.file === sitePath(root, file)));
    const outcomes = await readAll(
      pageFiles,
      async (bytes, file) => {
        const outcome = await parsePage(bytes, sitePath(root, file), context);
        return { value: outcome, dependsOn: outcome.files ?? [] };
      },
      (file, reason) => ({ problems: [{ file: sitePath(root, file), message: reason }] }),
    );
    const pages = outcomes.flatMap((outcome) => (outcome.page ? [withFolderFiles(outcome.page, root, others)] : []));
    const published = new Set(pages.flatMap((page) => page.assets.map((asset) => asset.from)));
    return {
      pages,
      problems: [...listing.problems, ...refused, ...outcomes.flatMap((outcome) => outcome.problems ?? [])],
      warnings: outcomes.flatMap((outcome) => outcome.warnings ?? []),
      skipped: files.filter((file) => OTHER_DOCUMENT.test(file) && !published.has(file)).map((file) => sitePath(root, file)),
    };
  };
}
