import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import { LinkChecker, LinkState, type LinkResult } from "linkinator";
import { serveDirectory } from "../../helpers/browser.ts";

export interface BrokenLink {
  /** The file that holds the link, relative to the site folder. */
  readonly page: string;
  readonly url: string;
  readonly reason: string;
}

/** A reference to another host, found in a page or stylesheet. */
export interface ExternalReference {
  readonly page: string;
  readonly url: string;
  /** `a[href]`, `script[src]`, `url()` in CSS and so on. */
  readonly element: string;
  /** True for what a browser loads to show the page (script, stylesheet, image, font, frame, ...). */
  readonly asset: boolean;
}

export interface LinkReport {
  readonly broken: readonly BrokenLink[];
  /** Assets that are loaded by an absolute URL: the site would not work offline or from disk. */
  readonly remoteAssets: readonly ExternalReference[];
  /** Links to other sites: listed, never fetched (there is no network). */
  readonly externalLinks: readonly ExternalReference[];
  /** Internal references that were checked and found. */
  readonly checked: number;
}

export interface LinkCheckOptions {
  readonly dir: string;
  /**
   * The site's configured `url` (e.g. `https://example.com/blog/`). The folder
   * is served under its path, and absolute links into it (canonical URLs)
   * are checked against the folder like relative ones.
   */
  readonly siteUrl: string;
}

async function filesIn(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function reasonOf(result: LinkResult): string {
  const details = (result.failureDetails ?? []).map((detail) => (detail instanceof Error ? detail.message : `HTTP ${detail.status}`));
  return details.length ? details.join("; ") : `HTTP ${result.status ?? "no response"}`;
}

/**
 * Checks every internal link and asset reference of a built site, fragments
 * included, with linkinator over HTTP. Each page and stylesheet is checked by
 * its own shallow linkinator run: in one recursive crawl, linkinator 7 checks
 * a `#fragment` only if the link to it is seen before the target page is
 * fetched, so a dead fragment can pass unnoticed depending on crawl order
 * (and the report would not say which page holds it).
 */
export async function checkLinks({ dir, siteUrl }: LinkCheckOptions): Promise<LinkReport> {
  const pages = await filesIn(dir, /\.html?$/i);
  const stylesheets = await filesIn(dir, /\.css$/i);
  if (!pages.length) throw new Error(`no HTML files to check in ${dir}`);
  const server = await serveDirectory(dir, new URL(siteUrl).pathname);
  const broken: BrokenLink[] = [];
  let checked = 0;
  try {
    const origin = new URL(server.url).origin;
    const checkOne = async (file: string) => {
      const start = new URL(file, server.url).href;
      const result = await new LinkChecker().check({
        path: start,
        recurse: false,
        checkFragments: true,
        checkCss: true,
        concurrency: 8,
        timeout: 10_000,
        urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteUrl)}`), replacement: server.url }],
        // Other hosts are never fetched; references to them are listed below from the files themselves.
        linksToSkip: async (link) => new URL(link, start).origin !== origin,
      });
      for (const link of result.links) {
        if (link.url === start) continue;
        if (link.state === LinkState.BROKEN) broken.push({ page: file, url: link.url.replace(origin, ""), reason: reasonOf(link) });
        else if (link.state === LinkState.OK) checked++;
      }
    };
    const queue = [...pages, ...stylesheets];
    const workers = Array.from({ length: Math.min(4, queue.length) }, async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) await checkOne(file);
    });
    await Promise.all(workers);
    broken.sort((a, b) => a.page.localeCompare(b.page) || a.url.localeCompare(b.url));
  } finally {
    await server.close();
  }

  const external = [...(await Promise.all(pages.map((page) => externalInPage(dir, page, siteUrl)))).flat(), ...(await Promise.all(stylesheets.map((sheet) => externalInCss(dir, sheet)))).flat()];
  return {
    broken,
    remoteAssets: external.filter((reference) => reference.asset),
    externalLinks: external.filter((reference) => !reference.asset),
    checked,
  };
}

/** `rel` values of `<link>` whose target the browser loads. */
const LOADED_LINK_RELS = new Set(["stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload", "prefetch", "manifest", "mask-icon"]);

/** Elements and attributes that hold URLs; `asset` when the browser loads the target to show the page. */
const URL_ATTRIBUTES: readonly { readonly selector: string; readonly attribute: string; readonly asset: boolean; readonly srcset?: boolean }[] = [
  { selector: "a[href], area[href]", attribute: "href", asset: false },
  { selector: "blockquote[cite], q[cite], del[cite], ins[cite]", attribute: "cite", asset: false },
  { selector: "link[href]", attribute: "href", asset: false },
  { selector: "script[src], img[src], iframe[src], embed[src], audio[src], video[src], source[src], track[src], input[src]", attribute: "src", asset: true },
  { selector: "img[srcset], source[srcset]", attribute: "srcset", asset: true, srcset: true },
  { selector: "video[poster]", attribute: "poster", asset: true },
  { selector: "object[data]", attribute: "data", asset: true },
];

/** Absolute (`https://…`) and scheme-relative (`//host/…`) URLs leave the site; `mailto:` and the like do not load anything. */
function isExternal(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

async function externalInPage(dir: string, page: string, siteUrl: string): Promise<ExternalReference[]> {
  const $ = load(await readFile(path.join(dir, page), "utf8"));
  const found: ExternalReference[] = [];
  for (const { selector, attribute, asset, srcset } of URL_ATTRIBUTES) {
    $(selector).each((_, element) => {
      const tag = String($(element).prop("tagName")).toLowerCase();
      const value = $(element).attr(attribute) ?? "";
      const urls = srcset ? value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "") : [value];
      const rels = ($(element).attr("rel") ?? "").toLowerCase().split(/\s+/);
      const loaded = asset || (tag === "link" && rels.some((rel) => LOADED_LINK_RELS.has(rel)));
      for (const url of urls) {
        if (!isExternal(url)) continue;
        // The site's own absolute URLs (canonical, feeds) are internal links, checked above; an asset must still be relative.
        if (!loaded && url.startsWith(siteUrl)) continue;
        found.push({ page, url, element: `${tag}[${attribute}]`, asset: loaded });
      }
    });
  }
  $("style").each((_, element) => {
    for (const url of cssUrls($(element).text())) if (isExternal(url)) found.push({ page, url, element: "style url()", asset: true });
  });
  $("[style]").each((_, element) => {
    for (const url of cssUrls($(element).attr("style") ?? "")) if (isExternal(url)) found.push({ page, url, element: `${String($(element).prop("tagName")).toLowerCase()}[style] url()`, asset: true });
  });
  return found;
}

async function externalInCss(dir: string, sheet: string): Promise<ExternalReference[]> {
  const urls = cssUrls(await readFile(path.join(dir, sheet), "utf8"));
  return urls.filter(isExternal).map((url) => ({ page: sheet, url, element: "url() in CSS", asset: true }));
}

/** URLs in `url(...)` and `@import "..."` of a stylesheet. */
function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3/gi)) urls.push(match[2] ?? match[4] ?? "");
  return urls;
}

export function describeBrokenLink(link: BrokenLink): string {
  return `${link.page}: ${link.url}: ${link.reason}`;
}

export function describeReference(reference: ExternalReference): string {
  return `${reference.page}: ${reference.element} ${reference.url}`;
}
