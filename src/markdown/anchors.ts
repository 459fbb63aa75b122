import type { MarkdownIt } from "markdown-it";
import anchor from "markdown-it-anchor";

/** Headings that get an id, a self-link and a place in the table of contents. */
export const ANCHORED_LEVELS = [2, 3, 4] as const;

/**
 * Ids the page around a post already uses. A heading that would take one
 * gets a numbered variant instead (`Comments` → `comments-1`).
 */
export const PAGE_IDS: readonly string[] = ["main", "comments", "comments-heading", "toc-title"];

/**
 * A readable id in the heading's own script: lower case, letters and digits
 * of any language kept (HTML ids may hold Arabic or Chinese), everything else
 * dropped, spaces turned into hyphens.
 */
export function headingSlug(text: string): string {
  const slug = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]+/gu, "")
    .trim()
    .replace(/[\s_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}

/**
 * Every h2–h4 gets a unique id and, after it, a link to itself named by the
 * heading (`aria-labelledby`): a screen reader announces "link, <heading>"
 * in the post's own language, and no hidden or English-only text is needed.
 */
export function anchors(md: MarkdownIt): void {
  md.use(anchor, {
    level: [...ANCHORED_LEVELS],
    slugify: headingSlug,
    tabIndex: false,
    permalink: anchor.permalink.linkAfterHeader({
      style: "aria-labelledby",
      class: "heading-link",
      symbol: "#",
      wrapper: ['<div class="heading">', "</div>"],
    }),
  });
}

/** The markdown-it env that makes {@link PAGE_IDS} taken before the first heading is seen. */
export function anchorEnv(): { markdownItAnchor: { slugs: Record<string, true> } } {
  return { markdownItAnchor: { slugs: Object.fromEntries(PAGE_IDS.map((id) => [id, true as const])) } };
}
