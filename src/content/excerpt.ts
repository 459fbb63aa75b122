/**
 * Cuts plain text on a word boundary at or before `limit` characters and
 * marks the cut with an ellipsis; shorter text is returned whole.
 */
export function truncateWords(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit + 1);
  const lastSpace = cut.lastIndexOf(" ");
  const head = (lastSpace > limit * 0.6 ? cut.slice(0, lastSpace) : clean.slice(0, limit)).replace(/[\s,;:.!?—–-]+$/u, "");
  return `${head}…`;
}

export const EXCERPT_LENGTH = 240;

/**
 * The text shown under a post's title in lists: its description, else what
 * comes before `<!-- more -->` (whole: the writer chose where it ends), else
 * the start of its first paragraph.
 */
export function excerptOf(description: string | undefined, firstParagraph: string, beforeMore?: string): string {
  if (description === undefined && beforeMore !== undefined) return beforeMore;
  return truncateWords(description ?? firstParagraph, EXCERPT_LENGTH);
}

/** Search engines show about 160 characters of a page's description. */
export const META_DESCRIPTION_LENGTH = 160;

/** The page's `<meta name="description">`: the description, else the excerpt, cut on a word boundary near 160 characters. */
export function metaDescriptionOf(description: string | undefined, excerpt: string): string {
  return truncateWords(description ?? excerpt, META_DESCRIPTION_LENGTH);
}
