import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import { cardImage, socialCard } from "../cards/card.ts";
import { renderMarkdown } from "../markdown/index.ts";
import { processSocialImage, type CheckFile, type ImageProcessor } from "../markdown/images.ts";
import { nameList, textDirection } from "../model/locale.ts";
import type { OldAddress, Post } from "../model/post.ts";
import type { Problem } from "../model/problem.ts";
import { fileKey, postUrl } from "../model/routes.ts";
import type { Settings } from "../model/settings.ts";
import { resolveAliases } from "./aliases.ts";
import { excerptOf, metaDescriptionOf } from "./excerpt.ts";
import { intendedField } from "./field-names.ts";
import { createFileCache, decode, isEditorLeftover, isMarkdownFile, listFiles, siteFolders, sitePath } from "./files.ts";
import { readFrontMatter } from "./front-matter.ts";
import { SETTINGS_FILE } from "./settings.ts";
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

/**
 * `files` are the images the post names, found or not: the post is read again
 * when one of them changes. Warnings are kept whether or not the post has
 * problems, so one run of `npm run check` names everything to fix.
 */
type Outcome = ({ post: Post; problems?: undefined } | { post?: undefined; problems: Problem[] }) & { files?: readonly string[]; warnings?: readonly Problem[] };

/** Formats other engines write posts in that Broadsheet does not render. */
const OTHER_DOCUMENT = /\.(mdx|mdoc|markdoc|textile|adoc|asciidoc|rst|org|html?|ipynb)$/i;

/** A folder post's Markdown file: `posts/<name>/index.md`. */
const FOLDER_POST = /^index\.(md|markdown)$/i;

/**
 * A folder post's other files, published beside its page so relative links
 * and images keep working: `posts/trip/photo.jpg` → `/posts/<slug>/photo.jpg`.
 * A folder post's folder holds no other post (see `folderPostProblem`), so
 * every file in it is the post's own.
 */
function folderAssets(post: Post, root: string, others: readonly string[]): Post {
  if (!FOLDER_POST.test(path.posix.basename(post.sourcePath))) return post;
  const folder = path.join(root, path.dirname(post.sourcePath));
  const files = others
    .filter((file) => file.startsWith(folder + path.sep))
    .map((file) => ({ from: file, to: `${post.url}${path.relative(folder, file).split(path.sep).join("/")}`, source: sitePath(root, file) }));
  return files.length ? { ...post, assets: [...post.assets, ...files] } : post;
}

/**
 * An `index.md` is a folder post: it takes its slug from its folder and
 * publishes every other file in the folder. That is only safe when the
 * folder is the post's alone, so an `index.md` directly in `posts/` (which
 * would publish every file of the site's posts, drafts' attachments
 * included) or in a folder that also holds other posts (`posts/2020/`) is a
 * problem, never read as a post.
 */
function folderPostProblem(file: string, postsDir: string, postFiles: readonly string[], root: string): Problem | undefined {
  if (!FOLDER_POST.test(path.basename(file))) return undefined;
  const folder = path.dirname(file);
  const name = path.basename(file);
  if (folder === postsDir) {
    return {
      file: sitePath(root, file),
      message: `an ${name} directly in ${POSTS_DIR}/ would make the whole folder one post and publish every file in it; expected a post with a name of its own (${POSTS_DIR}/about.md), or a folder post in a folder of its own (${POSTS_DIR}/<name>/${name})`,
    };
  }
  const others = postFiles.filter((other) => other !== file && other.startsWith(folder + path.sep));
  if (others.length === 0) return undefined;
  const shownFolder = `${sitePath(root, folder)}/`;
  return {
    file: sitePath(root, file),
    message: `an ${name} makes ${shownFolder} a folder post, whose every file is published with it, but ${shownFolder} also holds ${others.length === 1 ? "another post" : `${others.length} other posts`} (${sitePath(root, others[0]!)}${others.length > 1 ? ", ..." : ""}); expected a folder post in a folder of its own (${shownFolder}<name>/${name}), or another file name`,
  };
}

/** What reading a post needs besides its bytes: the site and the shared renderers. */
export interface PostContext {
  readonly root: string;
  readonly settings: Settings;
  readonly markdown: MarkdownIt;
  readonly processImage: ImageProcessor;
  /** The site's symlink policy for the images posts name (`resolveInSite`). */
  readonly checkFile: CheckFile;
}

/**
 * Turns one Markdown file into a `Post`, or the problems that stop it.
 * Everything pages show of a post is derived here, once.
 */
export async function parsePost(bytes: Uint8Array, sourcePath: string, context: PostContext): Promise<Outcome> {
  const { root, settings, markdown, processImage, checkFile } = context;
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
  const rendered = await renderMarkdown(markdown, body, { root, sourcePath, firstLine: bodyLine, pageUrl: url, processImage, checkFile });
  if (!rendered.ok) problems.push(...rendered.problems);
  const coverSrc = parsed.data?.image ?? (typeof data.image === "string" && data.image.trim() ? data.image.trim() : undefined);
  const cover = coverSrc === undefined ? undefined : await processSocialImage(coverSrc, parsed.data?.imageAlt ?? "", { root, sourcePath, processImage, checkFile });
  if (cover && !cover.ok) problems.push({ file: sourcePath, ...at("image"), field: "image", message: cover.message });
  const files = [...rendered.files, ...(cover?.file ? [cover.file] : [])];
  const warnings: Problem[] = [...rendered.warnings];
  if (parsed.data?.image !== undefined && parsed.data.imageAlt === undefined) {
    warnings.push({ file: sourcePath, ...at("image"), field: "imageAlt", message: `is missing, so ${parsed.data.image} is shared without a description; expected one, for example imageAlt: "Smoke over the Green Zone"` });
  }
  const asWarnings = warnings.map((warning): Problem => ({ ...warning, severity: "warning" }));
  if (problems.length || !parsed.success || authors === undefined || !rendered.ok || (cover && !cover.ok)) return { problems: problems.sort(byLine), files, warnings: asWarnings };

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
      : socialCard(root, { siteTitle: settings.title, siteLanguage: settings.language, title: valid.title, author, date: valid.date, dir: textDirection(lang) });
  return {
    warnings: asWarnings,
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
      redirects: oldAddresses(valid, url, at),
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
function oldAddresses(fields: Pick<FrontMatterFields, OldAddress["field"]>, url: string, at: (field: string) => { line?: number; column?: number }): OldAddress[] {
  const seen = new Set([fileKey(url)]);
  const addresses: OldAddress[] = [];
  for (const field of ["redirect_from", "aliases", "permalink"] as const) {
    for (const old of fields[field]) {
      if (seen.has(fileKey(old))) continue;
      seen.add(fileKey(old));
      addresses.push({ url: old, field, ...at(field) });
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
 * post whose missing image has since been added is read again. A missing or
 * empty posts folder is a problem: building it would replace a whole site
 * with an empty one.
 */
export function createPostLoader(context: PostContext) {
  const readAll = createFileCache<Outcome>();
  const { root } = context;
  return async function loadPosts(): Promise<LoadedPosts> {
    const postsDir = path.join(root, POSTS_DIR);
    const listing = await listFiles(postsDir, siteFolders(root));
    const { files } = listing;
    const markdown = files.filter((file) => isMarkdownFile(path.basename(file)));
    const others = files.filter((file) => !isMarkdownFile(path.basename(file)) && !isEditorLeftover(path.basename(file)));
    const refused = markdown.flatMap((file) => folderPostProblem(file, postsDir, markdown, root) ?? []);
    const postFiles = markdown.filter((file) => !refused.some((problem) => problem.file === sitePath(root, file)));
    const outcomes = await readAll(
      postFiles,
      async (bytes, file) => {
        const outcome = await parsePost(bytes, sitePath(root, file), context);
        return { value: outcome, dependsOn: outcome.files ?? [] };
      },
      (file, reason) => ({ problems: [{ file: sitePath(root, file), message: reason }] }),
    );
    const posts = outcomes.flatMap((outcome) => (outcome.post ? [folderAssets(outcome.post, root, others)] : []));
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
      warnings: outcomes.flatMap((outcome) => outcome.warnings ?? []),
      skipped: files.filter((file) => OTHER_DOCUMENT.test(file) && !published.has(file)).map((file) => sitePath(root, file)),
    };
  };
}
