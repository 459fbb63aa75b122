import type { Settings } from "../model/settings.ts";
import type { Heading } from "../model/post.ts";

/** With the site's `toc: "auto"`, a post gets a table of contents from this many h2 sections on. */
export const AUTO_TOC_SECTIONS = 3;

/** `toc` in front matter decides; without it the site's setting does. A post without headings has nothing to list. */
export function showsTableOfContents(fromPost: boolean | undefined, fromSite: Settings["toc"], headings: readonly Heading[]): boolean {
  if (headings.length === 0) return false;
  if (fromPost !== undefined) return fromPost;
  return fromSite === "auto" && headings.filter((heading) => heading.level === 2).length >= AUTO_TOC_SECTIONS;
}
