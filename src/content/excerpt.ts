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

/** The text shown under a post's title in lists: its description, else the start of its first paragraph. */
export function excerptOf(description: string | undefined, firstParagraph: string): string {
  return truncateWords(description ?? firstParagraph, EXCERPT_LENGTH);
}
