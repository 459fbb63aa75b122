import { stat } from "node:fs/promises";
import path from "node:path";
import type { ImageMetadata, ImageStat } from "@11ty/eleventy-img";
import type { PostAsset, ResponsiveImage, SocialImage } from "../model/post.ts";
import { FOLDERS, relativeHref } from "../model/routes.ts";

/** Processed images are kept here, under the site root, so a rebuild only re-encodes new or changed images. */
export const IMAGE_CACHE_DIR = path.join(".cache", "images");

const WIDTHS = [400, 800, 1200];
/** The post column is 38rem wide with 1.25rem of padding each side (templates/assets/style.css). */
const SIZES = "(min-width: 38rem) 35.5rem, calc(100vw - 2.5rem)";
/** Social previews want a JPEG or PNG; the other formats are used only when the source has no such output. */
const SOCIAL_FORMATS = ["jpeg", "png", "gif", "webp"];

/**
 * Where a file really is under the site's one symlink policy
 * (`resolveInSite` in src/content/files.ts, handed in by the loader): a file
 * that may not be read gives the reason, such as a link out of the site.
 */
export type CheckFile = (file: string) => Promise<{ ok: true; stats: { isFile(): boolean } } | { ok: false; message: string }>;

/** `file` is where the image was looked for, when the reference names a local file: the dev server watches it. */
export type LocatedImage = { ok: true; file: string } | { ok: false; message: string; file?: string };

/** Where a post's or page's images are looked for. */
export interface ImageLookup {
  /** The site root. */
  readonly root: string;
  /** The Markdown file relative to the root, `posts/x.md` or `pages/about.md`: a relative image path is relative to it, and stays in its top folder. */
  readonly sourcePath: string;
  /** The site's symlink policy (`resolveInSite`). */
  readonly checkFile: CheckFile;
  /** The static folders (`public`, `static`), in the order a site-absolute path (`/images/x.png`) is looked up in them. */
  readonly staticFolders: readonly string[];
}

/**
 * Finds the file an image reference names. Images are local files, written
 * relative to the post or page (and inside its folder, `posts/` or
 * `pages/`), or site-absolute (`/images/x.png`, as Hugo and Jekyll sites
 * write them), which names a file of the static folder. A remote image would
 * make the site depend on another server, so it is refused with what to do
 * instead.
 */
export async function locateImage(src: string, lookup: ImageLookup): Promise<LocatedImage> {
  const { root, sourcePath, checkFile, staticFolders } = lookup;
  const folder = sourcePath.split("/")[0] ?? "posts";
  const example = `expected an image next to the ${folder === "pages" ? "page" : "post"} or in a folder inside ${folder}/, written relative to it (![What it shows](images/photo.jpg)), or one in ${staticFolders[0] ?? "public"}/ written from the site's root (![What it shows](/images/photo.jpg))`;
  if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(src)) {
    const remote = /^(?:https?:)?\/\//i.test(src);
    return {
      ok: false,
      message: remote
        ? `${src} is a remote image; the site publishes only its own files, so download it into ${folder}/images/ and write ![What it shows](images/name.jpg)`
        : `${src} is not a path to an image file; ${example}`,
    };
  }
  let written = src.replace(/[?#].*$/, "");
  try {
    written = decodeURIComponent(written);
  } catch {
    return { ok: false, message: `${src} is not a valid path; ${example}` };
  }
  const candidates: string[] = [];
  if (written.startsWith("/")) {
    for (const name of staticFolders) {
      const base = path.join(root, name);
      const file = path.resolve(base, `.${written}`);
      if (!isInside(file, base)) return { ok: false, message: `${src} is outside ${name}/; ${example}` };
      candidates.push(file);
    }
    if (candidates.length === 0) return { ok: false, message: `${src} is an absolute path; ${example}` };
  } else {
    const base = path.join(root, folder);
    const file = path.resolve(root, path.dirname(sourcePath), written);
    if (!isInside(file, base)) return { ok: false, message: `${src} is outside ${folder}/; ${example}` };
    candidates.push(file);
  }
  const shown = (file: string) => path.relative(root, file).split(path.sep).join("/");
  for (const file of candidates) {
    // The same symlink policy as every file of the site: a link out of the site's folders is refused, never published.
    const resolved = await checkFile(file);
    if (resolved.ok && resolved.stats.isFile()) return { ok: true, file };
    if (!resolved.ok && resolved.message !== "does not exist") return { ok: false, message: `${src}: ${shown(file)} ${resolved.message}`, file };
  }
  return { ok: false, message: `${src} does not exist (looked for ${candidates.map(shown).join(" and ")}); ${example}`, file: candidates[0]! };
}

/** Whether `file` is strictly inside `folder`. */
function isInside(file: string, folder: string): boolean {
  const inside = path.relative(folder, file);
  return inside !== "" && !inside.startsWith("..") && !path.isAbsolute(inside);
}

/** Encodes an image file, or gives the result of encoding it before. */
export type ImageProcessor = (file: string) => Promise<ImageMetadata>;

/**
 * eleventy-img (and sharp under it) is loaded when the first image is, not
 * when the build starts: about 0.4 s of CPU a build, and in every worker,
 * that a site of text never needs. Node keeps the module once loaded.
 */
async function eleventyImage() {
  return (await import("@11ty/eleventy-img")).default;
}

/**
 * AVIF, WebP and the source format (JPEG, PNG, ...) at up to three widths,
 * with file names from a hash of the image, so the same image always gets
 * the same URLs. Encoded files stay in the site's cache between builds; for
 * one processor each image is processed once, however many posts show it.
 */
export function createImageProcessor(root: string): ImageProcessor {
  const processed = new Map<string, Promise<ImageMetadata>>();
  return async (file) => {
    const info = await stat(file);
    const key = `${file}\u0000${info.size}\u0000${info.mtimeMs}`;
    let result = processed.get(key);
    if (!result) {
      result = eleventyImage().then((Image) => Image(file, {
        widths: WIDTHS,
        formats: ["avif", "webp", "auto"],
        outputDir: path.join(root, IMAGE_CACHE_DIR),
        urlPath: FOLDERS.images,
        fixOrientation: true,
        svgShortCircuit: true,
      }));
      processed.set(key, result);
      result.catch(() => processed.delete(key));
    }
    return result;
  };
}

function entries(metadata: ImageMetadata): ImageStat[] {
  return Object.values(metadata).flat();
}

/** `<picture>` with a source per format, linked relative to the page it is shown on. */
export async function pictureHtml(metadata: ImageMetadata, alt: string, pageUrl: string, title?: string): Promise<string> {
  const relative: ImageMetadata = Object.fromEntries(
    Object.entries(metadata).map(([format, stats]) => [
      format,
      stats.map((entry) => {
        const url = relativeHref(pageUrl, entry.url);
        return { ...entry, url, srcset: `${url} ${entry.width}w` };
      }),
    ]),
  );
  const attributes: Record<string, string> = { alt, sizes: SIZES, loading: "lazy", decoding: "async" };
  if (title) attributes.title = title;
  return (await eleventyImage()).generateHTML(relative, attributes);
}

export function socialImage(metadata: ImageMetadata, alt: string): SocialImage | undefined {
  for (const format of SOCIAL_FORMATS) {
    const largest = metadata[format]?.at(-1);
    if (largest) return { url: largest.url, width: largest.width, height: largest.height, alt };
  }
  return undefined;
}

/** Every encoding of an image, for the pages' own `<picture>` elements (covers and thumbnails). */
export function responsiveImage(metadata: ImageMetadata, alt: string): ResponsiveImage | undefined {
  const formats = Object.values(metadata)
    .filter((stats) => stats.length > 0)
    .map((stats) => ({ type: stats[0]!.sourceType, sizes: stats.map((entry) => ({ url: entry.url, width: entry.width })) }));
  const fallback = Object.values(metadata).at(-1)?.at(-1);
  if (!fallback) return undefined;
  return { alt, width: fallback.width, height: fallback.height, formats };
}

export function assetsOf(metadata: ImageMetadata): PostAsset[] {
  return entries(metadata).map((entry) => ({ from: entry.outputPath, to: entry.url }));
}

/** The end of a problem's message for a file sharp cannot decode. */
export function unreadable(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `could not be read as an image (${reason}); expected a JPEG, PNG, WebP, AVIF, GIF or SVG file`;
}

export type ProcessedSocialImage = { ok: true; image: SocialImage; picture: ResponsiveImage | undefined; assets: PostAsset[]; file: string } | { ok: false; message: string; file?: string };

/**
 * Front matter `image`, for social previews and the post's cover: a local
 * file like the body's images, or `downloaded`, the cached copy of one from
 * another host (src/markdown/remote-images.ts).
 */
export async function processSocialImage(src: string, alt: string, context: ImageLookup & { processImage: ImageProcessor }, downloaded?: string): Promise<ProcessedSocialImage> {
  const located = downloaded === undefined ? await locateImage(src, context) : { ok: true as const, file: downloaded };
  if (!located.ok) return located;
  let metadata: ImageMetadata;
  try {
    metadata = await context.processImage(located.file);
  } catch (error) {
    return { ok: false, message: `${src} ${unreadable(error)}`, file: located.file };
  }
  const image = socialImage(metadata, alt);
  if (!image) return { ok: false, message: `${src} has no raster version for social previews; expected a JPEG, PNG, WebP or GIF file`, file: located.file };
  return { ok: true, image, picture: responsiveImage(metadata, alt), assets: assetsOf(metadata), file: located.file };
}
