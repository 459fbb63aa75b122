/**
 * The filters of @11ty/eleventy-plugin-rss that our own feed templates use,
 * with types. We use its functions, not its virtual feed templates: those
 * give every entry the site's author instead of the post's own.
 */
import { convertHtmlToAbsoluteUrls, dateToRfc3339 as rfc3339, dateToRfc822 as rfc822 } from "@11ty/eleventy-plugin-rss";

/** `2020-07-13T09:30:00Z`: Atom and JSON Feed dates, always in UTC. */
export function dateToRfc3339(epoch: number): string {
  return rfc3339(new Date(epoch)) as string;
}

/** `Mon, 13 Jul 2020 09:30:00 GMT`: RSS dates, always in UTC whatever the machine's zone. */
export function dateToRfc822(epoch: number): string {
  return rfc822(epoch, "UTC") as string;
}

/** Rewrites every URL in `html` (links, images, srcset, ...) against the page's absolute URL. */
export async function htmlToAbsoluteUrls(html: string, baseUrl: string): Promise<string> {
  if (!html) return "";
  return (await convertHtmlToAbsoluteUrls(html, baseUrl, { closingSingleTag: "default" })) as string;
}
