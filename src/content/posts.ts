import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import { cardImage, socialCard } from "../cards/card.ts";
import { renderMarkdown } from "../markdown/index.ts";
import { processSocialImage, type ImageProcessor } from "../markdown/images.ts";
import { nameList, textDirection } from "../model/locale.ts";
import type { OldAddress, Post } from "../model/post.ts";
import type { Problem } from "../model/problem.ts";
import { outputFile, postUrl } from "../model/routes.ts";
import type { Settings } from "../model/settings.ts";
import { resolveAliases } from "./aliases.ts";
import { excerptOf, metaDescriptionOf } from "./excerpt.ts";
import { intendedField } from "./field-names.ts";
import { createFileCache, decode, isEditorLeftover, isMarkdownFile, listFiles, sitePath } from "./files.ts";
import { readFrontMatter } from "./front-matter.ts";
import { countWords, readingMinutes } from "./reading-time.ts";
import { frontMatterSchema, type FrontMatterFields } from "./schema.ts";
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
}

/** `files` are the images the post names, found or not: the post is read again when one of them changes. */
type Outcome = ({ post: Post; warnings: Problem[]; problems?: undefined } | { post?: undefined; warnings?: undefined; problems: Problem[] }) & { files?: readonly string[] };

/** Formats other engines write posts in that Broadsheet does not render. */
const OTHER_DOCUMENT = /\.(mdx|mdoc|markdoc|textile|adoc|asciidoc|rst|org|html?|ipynb)$/i;

/**
 * A folder post's other files, published beside its page so relative links
 * and images keep working: `posts/trip/photo.jpg` → `/posts/<slug>/photo.jpg`.
 */
function folderAssets(post: Post, root: string, others: readonly string[]): Post {
  if (!/\/index\.(md|markdown)$/i.test(post.sourcePath)) return post;
  const folder = path.join(root, path.dirname(post.sourcePath));
  const files = others
    .filter((file) => file.startsWith(folder + path.sep))
    .map((file) => ({ from: file, to: `${post.url}${path.relative(folder, file).split(path.sep).join("/")}` }));
  return files.length ? { ...post, assets: [...post.assets, ...files] } : post;
}

/** What reading a post needs besides its bytes: the site and the shared renderers. */
export interface PostContext {
  readonly root: string;
  readonly settings: Settings;
  readonly markdown: MarkdownIt;
  readonly processImage: ImageProcessor;
}

/**
 * Turns one Markdown file into a `Post`, or the problems that stop it.
 * Everything pages show of a post is derived here, once.
 */
export async function parsePost(bytes: Uint8Array, sourcePath: string, context: PostContext): Promise<Outcome> {
  const { root, settings, markdown, processImage } = context;
  const fail = (problem: Omit<Problem, "file">): Outcome => ({ problems: [{ file: sourcePath, ...problem }] });
  const source = decode(bytes);
  if (source === undefined) return fail({ message: "is not valid UTF-8 text; expected the file to be saved as UTF-8" });
  if (source.trim() === "") return fail({ message: "the file is empty; expected front matter with title, author and date, then the post" });

  const frontMatter = readFrontMatter(source, sourcePath);
  if (!frontMatter.ok) return { problems: frontMatter.problems };
  const { data, body, bodyLine, positions } = frontMatter.value;
  const at = (field: string) => positions.get(field) ?? {};

  const problems: Problem[] = [];
  const misspelt = new Set<string>();
  for (const name of Object.keys(data)) {
    const intended = intendedField(name);
    if (!intended) continue;
    misspelt.add(intended);
    problems.push({ file: sourcePath, ...at(name), field: name, message: `is not a field Broadsheet knows; did you mean "${intended}"?` });
  }
  const name = postName(sourcePath);
  const resolved = resolveAliases(data, sourcePath, at);
  problems.push(...resolved.problems);
  const fields = resolved.fields;
  // Front matter wins over a date in the file name; the file name only fills a gap.
  if (fields.date === undefined) fields.date = dateFromFileName(name);
  const parsed = frontMatterSchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      // "did you mean title?" already says what a missing title would.
      if (misspelt.has(field) && fields[field] === undefined) continue;
      problems.push({ file: sourcePath, ...at(field), field, message: issue.message });
    }
  }
  const authors = parsed.data?.author ?? (settings.defaultAuthor ? [settings.defaultAuthor] : undefined);
  if (parsed.success && authors === undefined && !misspelt.has("author")) {
    problems.push({ file: sourcePath, field: "author", message: "is missing; expected the author's name, or a defaultAuthor in site.config.ts" });
  }
  let slug = slugFromFileName(name);
  if (parsed.data?.slug !== undefined) {
    const result = slugFromFrontMatter(parsed.data.slug);
    if (result.ok) slug = result.slug;
    else problems.push({ file: sourcePath, ...at("slug"), field: "slug", message: result.message });
  }

  // The body is rendered even when the front matter has problems, so a missing image is reported in the same run.
  const url = postUrl(slug);
  const rendered = await renderMarkdown(markdown, body, { root, sourcePath, firstLine: bodyLine, pageUrl: url, processImage });
  if (!rendered.ok) problems.push(...rendered.problems);
  const coverSrc = parsed.data?.image ?? (typeof data.image === "string" && data.image.trim() ? data.image.trim() : undefined);
  const cover = coverSrc === undefined ? undefined : await processSocialImage(coverSrc, parsed.data?.imageAlt ?? "", root, sourcePath, processImage);
  if (cover && !cover.ok) problems.push({ file: sourcePath, ...at("image"), field: "image", message: cover.message });
  const files = [...rendered.files, ...(cover?.file ? [cover.file] : [])];
  if (problems.length || !parsed.success || authors === undefined || !rendered.ok || (cover && !cover.ok)) return { problems: problems.sort(byLine), files };

  const valid = parsed.data;
  const markup = rendered.value;
  const warnings: Problem[] = [...markup.warnings];
  if (valid.image !== undefined && valid.imageAlt === undefined) {
    warnings.push({ file: sourcePath, ...at("image"), field: "imageAlt", message: `is missing, so ${valid.image} is shared without a description; expected one, for example imageAlt: "Smoke over the Green Zone"` });
  }
  const excerpt = excerptOf(valid.description, markup.firstParagraph, markup.beforeMore);
  const lang = valid.lang ?? settings.language;
  const author = joinNames(authors, settings.language);
  const picture = cover?.ok ? cover.image : markup.firstImage;
  // A post with no picture of its own is shared with a card drawn from its title (src/cards/).
  const card =
    picture || !settings.socialCards
      ? undefined
      : socialCard(root, { siteTitle: settings.title, siteLanguage: settings.language, title: valid.title, author, date: valid.date, dir: textDirection(lang) });
  return {
    warnings: warnings.map((warning) => ({ ...warning, severity: "warning" })),
    files,
    post: {
      id: slug,
      slug,
      url,
      title: valid.title,
      authors,
      author,
      date: valid.date,
      updated: valid.updated,
      description: valid.description,
      tags: valid.tags,
      draft: valid.draft,
      comments: valid.comments,
      redirects: oldAddresses(valid, url),
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
      card,
      assets: [...(cover?.ok ? cover.assets : []), ...markup.assets, ...(card ? [{ from: card.file, to: card.url }] : [])],
      embeds: markup.embeds,
      links: markup.links,
    },
  };
}

/** Each old address once, under the first field that names it; the post's own address is no old address. */
function oldAddresses(fields: Pick<FrontMatterFields, OldAddress["field"]>, url: string): OldAddress[] {
  const seen = new Set([outputFile(url)]);
  const addresses: OldAddress[] = [];
  for (const field of ["redirect_from", "aliases", "permalink"] as const) {
    for (const old of fields[field]) {
      if (seen.has(outputFile(old))) continue;
      seen.add(outputFile(old));
      addresses.push({ url: old, field });
    }
  }
  return addresses;
}

/** "A and B" in the site's language. */
function joinNames(names: readonly string[], language: string): string {
  return names.length === 1 ? names[0]! : nameList(language).format(names);
}

/** A post's problems in the order of its lines; those without a line (the file as a whole) last. */
function byLine(a: Problem, b: Problem): number {
  return (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Loads every post under `<root>/posts`. What each file gave is kept by the
 * file's size and modification time (and those of the images it names), so
 * the dev server re-reads and re-renders only the posts that changed, and a
 * post whose missing image has since been added is read again.
 */
export function createPostLoader(context: PostContext) {
  const readAll = createFileCache<Outcome>();
  return async function loadPosts(): Promise<LoadedPosts> {
    const files = await listFiles(path.join(context.root, POSTS_DIR));
    const postFiles = files.filter((file) => isMarkdownFile(path.basename(file)));
    const others = files.filter((file) => !isMarkdownFile(path.basename(file)) && !isEditorLeftover(path.basename(file)));
    const outcomes = await readAll(postFiles, async (bytes, file) => {
      const outcome = await parsePost(bytes, sitePath(context.root, file), context);
      return { value: outcome, dependsOn: outcome.files ?? [] };
    });
    return {
      posts: outcomes.flatMap((outcome) => (outcome.post ? [folderAssets(outcome.post, context.root, others)] : [])),
      problems: outcomes.flatMap((outcome) => outcome.problems ?? []),
      warnings: outcomes.flatMap((outcome) => outcome.warnings ?? []),
      skipped: files.filter((file) => OTHER_DOCUMENT.test(file)).map((file) => sitePath(context.root, file)),
    };
  };
}
