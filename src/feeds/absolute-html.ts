/**
 * Feed readers show a post away from its page, so every link and image in
 * its HTML must be absolute. @11ty/eleventy-plugin-rss does that; we use its
 * function, not its virtual feed templates, which give every entry the
 * site's author instead of the post's own.
 */
import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";

/** Rewrites every URL in `html` (links, images, srcset, ...) against the page's absolute URL. */
export async function htmlToAbsoluteUrls(html: string, baseUrl: string): Promise<string> {
  if (!html) return "";
  return (await convertHtmlToAbsoluteUrls(html, baseUrl, { closingSingleTag: "default" })) as string;
}
