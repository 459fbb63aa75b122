import markdownIt, { type MarkdownIt, type RendererRule, type Token } from "markdown-it";
import type { Heading, PostAsset, PostLink, ResponsiveImage, SocialImage } from "../model/post.ts";
import type { Problem } from "../model/problem.ts";
import { stringsFor } from "../model/strings.ts";
import { anchorEnv, anchors } from "./anchors.ts";
import { callouts } from "./callouts.ts";
import { diagrams } from "./diagrams.ts";
import { emptyHeadings, type EmptyHeadingsEnv } from "./empty-headings.ts";
import { figures } from "./figures.ts";
import { footnotes } from "./footnotes.ts";
import type { FoundEnv } from "./found.ts";
import { highlight } from "./highlight.ts";
import { liquidHighlight } from "./liquid-highlight.ts";
import { linkPositions, linksOf, relativeSiteLinks } from "./links.ts";
import { math } from "./math.ts";
import { assetsOf, locateImage, pictureHtml, responsiveImage, socialImage, unreadable, type ImageLookup, type ImageProcessor } from "./images.ts";
import { outline } from "./outline.ts";
import { quotes } from "./quotes.ts";
import { tables } from "./tables.ts";
import { isRemoteImage, type RemoteImageFetcher } from "./remote-images.ts";
import { convertShortcodes } from "./shortcodes.ts";
import { findRemoteHtml } from "./remote-html.ts";
import { findTemplateSyntax } from "./template-syntax.ts";
import { video } from "./video.ts";

/**
 * The one markdown-it instance every post is rendered with: CommonMark plus
 * tables and strikethrough (markdown-it's defaults), typographic quotes and
 * dashes, bare URLs turned into links, and our plugins, one module each.
 * Raw HTML passes through: posts are the site owner's own writing. Jekyll's
 * `{% highlight %}` blocks are code blocks. The words the plugins write
 * (footnotes' labels, callouts' titles, the video's button) are in the
 * site's `language`, as the templates' are.
 */
export function createMarkdown(language = "en"): MarkdownIt {
  const strings = stringsFor(language);
  const md = markdownIt("default", { html: true, linkify: true, typographer: true });
  md.use(anchors).use(footnotes, strings).use(highlight).use(tables, strings).use(quotes).use(figures).use(liquidHighlight);
  md.use(math).use(callouts, strings).use(diagrams, strings).use(video, strings).use(linkPositions).use(emptyHeadings);
  md.renderer.rules.image = renderImage;
  return md;
}

/** Where a post or page is and where it is shown, for finding and linking its images. */
export interface MarkdownContext extends ImageLookup {
  /** Line of the file the body starts on, so problems name lines of the file. */
  readonly firstLine: number;
  /** Site-relative URL of the page the HTML is shown on; image links are relative to it. */
  readonly pageUrl: string;
  /** Encodes the post's local images, once each however many posts show them. */
  readonly processImage: ImageProcessor;
  /** Downloads images from other hosts; without it (`remoteImages: false`) they are shown as links. */
  readonly fetchImage?: RemoteImageFetcher;
  /** The post's or page's title, for Jekyll's `{{ page.title }}` in the body. */
  readonly title?: string;
}

export interface RenderedMarkdown {
  readonly html: string;
  /** Plain text of the first paragraph, for excerpts. */
  readonly firstParagraph: string;
  /** Plain text before `<!-- more -->`, when the post has that line. */
  readonly beforeMore: string | undefined;
  readonly headings: readonly Heading[];
  /** Prose and code, for the reading time. */
  readonly text: string;
  /** The first image of the body that has alt text, for social previews. */
  readonly firstImage: SocialImage | undefined;
  /** The same image, every encoding, for the post's thumbnail in lists. */
  readonly firstPicture: ResponsiveImage | undefined;
  /** Processed image files to publish with the post. */
  readonly assets: readonly PostAsset[];
  /** Every link, with its line and column in the file, for checking links inside the site. */
  readonly links: readonly PostLink[];
  /** How many videos wait for the reader's click: the page then needs the loader script. */
  readonly embeds: number;
}

/**
 * `files` are the image files the post names, found or not, so a loader can
 * tell when to render it again. `warnings` are things to fix that do not stop
 * the build (an image without alt text, another engine's template syntax),
 * given whether or not the body has problems, so one run names them all.
 */
export type MarkdownResult = ({ ok: true; value: RenderedMarkdown } | { ok: false; problems: Problem[] }) & { files: string[]; warnings: Problem[]; moving: MovingNotes; unfetched: string[] };

/** What was done with another engine's tags, for the movers' summary of `npm run check`: counts by tag name. */
export interface MovingNotes {
  readonly converted: ReadonlyMap<string, number>;
  readonly asText: Map<string, number>;
}

/** A tag as the summary names it: `{% include %}`, `{{< gist >}}`, `{{ page.title }}`. */
function templateName(text: string): string {
  const tag = /^\{%-?\s*([a-z_]+)/i.exec(text);
  if (tag) return `{% ${tag[1]} %}`;
  const shortcode = /^\{\{([<%])\s*\/?([\w./-]+)/.exec(text);
  if (shortcode) return `{{${shortcode[1]} ${shortcode[2]} ${shortcode[1] === "<" ? ">" : "%"}}}`;
  const output = /^\{\{-?\s*([\w.]+)/.exec(text);
  return output ? `{{ ${output[1]} }}` : text;
}

interface PostEnv extends FoundEnv, EmptyHeadingsEnv {
  /** The `<picture>` of each local image token, made before rendering. */
  pictures?: Map<Token, string>;
  /** Images from other hosts that could not be downloaded: shown as links to them. */
  asLinks?: Set<Token>;
}

/**
 * Parses once and renders from the same tokens, so excerpts, headings and the
 * reading time cost no second parse. Local images are found in the tokens,
 * processed (asynchronously, which markdown-it's renderer cannot be) and only
 * then is the HTML rendered with their `<picture>` elements.
 */
export async function renderMarkdown(md: MarkdownIt, written: string, context: MarkdownContext): Promise<MarkdownResult> {
  const shortcodes = convertShortcodes(written, context.firstLine, context.title);
  const source = shortcodes.source;
  const env: PostEnv = anchorEnv();
  const tokens = md.parse(source, env);
  const shape = outline(tokens);

  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (line: number | undefined) => (line === undefined ? {} : { line: context.firstLine + line - 1 });
  // What the plugins found while parsing: a formula or a diagram that cannot be drawn.
  for (const found of env.found ?? []) {
    problems.push({ file: context.sourcePath, ...at(found.line), ...(found.column === undefined ? {} : { column: found.column }), message: found.message });
  }
  // Images are found and processed concurrently; what is reported is gathered in the order they are written.
  const local = shape.images.filter((image) => !image.src.startsWith("data:"));
  // An image from another host is downloaded once and then treated as a local one; one that cannot be is shown as a link.
  const asLinks = new Set<Token>();
  const linkInstead = (image: (typeof local)[number], reason: string) => {
    asLinks.add(image.token);
    warnings.push({ file: context.sourcePath, ...at(image.line), message: `image ${image.src} ${reason}, so it is shown as a link to it; expected an image that can be downloaded, or a copy next to the post` });
  };
  // Remote images that could not be downloaded this time, which a later build may: what was read now is not kept for good.
  const unfetched: string[] = [];
  const found = await Promise.all(
    local.map(async (image) => {
      if (!isRemoteImage(image.src)) return locateImage(image.src, context);
      if (!context.fetchImage) return "is not downloaded (remoteImages: false in site.config.ts)";
      const fetched = await context.fetchImage(image.src);
      if (!fetched.ok) unfetched.push(image.src);
      return fetched.ok ? { ok: true as const, file: fetched.file } : fetched.reason;
    }),
  );
  // Warned about in the order the images are written, however the downloads finish.
  const located = found.map((result, i) => {
    if (typeof result !== "string") return result;
    linkInstead(local[i]!, result);
    return undefined;
  });
  const files = located.flatMap((result) => (result?.file ? [result.file] : []));
  local.forEach((image, i) => {
    const result = located[i];
    if (!result) return;
    if (!result.ok) problems.push({ file: context.sourcePath, ...at(image.line), message: `image ${result.message}` });
    else if (!image.alt) {
      warnings.push({
        file: context.sourcePath,
        ...at(image.line),
        message: `image ${image.src} has no alt text, so it is published as decorative (alt=""); describe what it shows: ![A description](${image.src})`,
      });
    }
  });
  for (const line of env.emptyHeadings ?? []) {
    warnings.push({ file: context.sourcePath, ...at(line), message: "is a heading with no words, so it is left out; expected words after the #, or no such line" });
  }
  for (const note of shortcodes.notes) warnings.push({ file: context.sourcePath, line: context.firstLine + note.line - 1, column: note.column, message: note.message });
  const moving: MovingNotes = { converted: shortcodes.converted, asText: new Map() };
  for (const found of findRemoteHtml(tokens, source)) {
    const instead = found.tag === "img" ? `the Markdown ![What it shows](${found.src}), which is downloaded at build time` : `a link to it, on a line of its own for a video, which then waits for the reader's click`;
    warnings.push({
      file: context.sourcePath,
      line: context.firstLine + found.line - 1,
      column: found.column,
      message: `<${found.tag}> written as HTML loads ${found.src} from another host as soon as the page opens, telling that host who reads it; expected ${instead}`,
    });
  }
  for (const found of findTemplateSyntax(tokens, source)) {
    const name = templateName(found.text);
    moving.asText.set(name, (moving.asText.get(name) ?? 0) + 1);
    warnings.push({
      file: context.sourcePath,
      line: context.firstLine + found.line - 1,
      column: found.column,
      message: `${found.text} is another engine's template syntax and is shown as text; expected plain Markdown (replace it, or put it in backticks to show it as code)`,
    });
  }
  if (problems.length) return { ok: false, problems, files, warnings, moving, unfetched };

  const processed = await Promise.all(
    located.map((result) => (result?.ok ? context.processImage(result.file).then((metadata) => ({ metadata }), (error: unknown) => ({ error })) : undefined)),
  );
  const pictures = new Map<Token, string>();
  const assets: PostAsset[] = [];
  let firstImage: SocialImage | undefined;
  let firstPicture: ResponsiveImage | undefined;
  for (const [i, image] of local.entries()) {
    const outcome = processed[i];
    if (!outcome) continue;
    if ("error" in outcome && isRemoteImage(image.src)) {
      linkInstead(image, `was downloaded but ${unreadable(outcome.error).replace(/; expected .*$/, "")}`);
      continue;
    }
    if ("error" in outcome) {
      problems.push({ file: context.sourcePath, ...at(image.line), message: `image ${image.src} ${unreadable(outcome.error)}` });
      continue;
    }
    pictures.set(image.token, await pictureHtml(outcome.metadata, image.alt, context.pageUrl, attribute(image.token, "title")));
    assets.push(...assetsOf(outcome.metadata));
    if (!firstImage && image.alt) {
      firstImage = socialImage(outcome.metadata, image.alt);
      firstPicture = responsiveImage(outcome.metadata, image.alt);
    }
  }
  if (problems.length) return { ok: false, problems, files, warnings, moving, unfetched };

  env.pictures = pictures;
  env.asLinks = asLinks;
  relativeSiteLinks(tokens, context.pageUrl);
  return {
    ok: true,
    files,
    warnings,
    moving,
    unfetched,
    value: {
      html: flatten(md.renderer.render(tokens, md.options, env)),
      firstParagraph: shape.firstParagraph,
      beforeMore: shape.beforeMore,
      headings: shape.headings,
      text: shape.text,
      firstImage,
      firstPicture,
      assets: unique(assets),
      embeds: tokens.filter((token) => token.type === "video").length,
      links: linksOf(tokens, source).map((link) => ({ ...link, line: context.firstLine + link.line - 1 })),
    },
  };
}

/** A local image's `<picture>`, made before rendering; an inline `data:` image as markdown-it writes it. */
const renderImage: RendererRule = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const picture = (env as PostEnv | undefined)?.pictures?.get(token);
  if (picture) return picture;
  if ((env as PostEnv | undefined)?.asLinks?.has(token)) {
    const src = String(token.attrGet("src") ?? "");
    const text = self.renderInlineAsText(token.children ?? [], options, env) || src;
    return `<a href="${escapeHtml(src)}">${escapeHtml(text)}</a>`;
  }
  token.attrSet("alt", self.renderInlineAsText(token.children ?? [], options, env));
  return self.renderToken(tokens, idx, options);
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unique(assets: readonly PostAsset[]): PostAsset[] {
  return [...new Map(assets.map((asset) => [asset.to, asset])).values()];
}

function attribute(token: Token, name: string): string | undefined {
  const value = token.attrGet(name);
  return value === null ? undefined : String(value);
}

/**
 * markdown-it builds its HTML by appending, which V8 keeps as a tree of
 * hundreds of string pieces; every post's HTML stays in memory for the whole
 * build, and as one flat string it takes well under half the room.
 */
function flatten(html: string): string {
  return Buffer.from(html).toString();
}
