import type { MarkdownIt, Token } from "markdown-it";
import footnote from "markdown-it-footnote";
import type { Strings } from "../model/strings.ts";

/**
 * Footnotes (`text[^1]` … `[^1]: the note`) are listed at the end of the post
 * in a labelled section; each note links back to where it is referenced, the
 * back-link named for a screen reader ("Back to reference 1") rather than by
 * its arrow. Both labels are in the site's language.
 */
export function footnotes(md: MarkdownIt, strings: Strings): void {
  md.use(footnote);
  const rules = md.renderer.rules;
  const { escapeHtml } = md.utils;
  rules.footnote_block_open = () => `<section class="footnotes" aria-label="${escapeHtml(strings.text("footnotes.label"))}">\n<ol class="footnotes-list">\n`;
  rules.footnote_anchor = (tokens: Token[], idx: number, options, env, self) => {
    const meta = tokens[idx]!.meta as { id: number; subId: number };
    const name = self.rules.footnote_anchor_name?.(tokens, idx, options, env, self) ?? String(meta.id + 1);
    const id = meta.subId > 0 ? `${name}:${meta.subId}` : name;
    const reference = meta.subId > 0 ? `${meta.id + 1} (${meta.subId + 1})` : `${meta.id + 1}`;
    // U+FE0E keeps the arrow a text glyph instead of an emoji on iOS.
    return ` <a href="#fnref${id}" class="footnote-backref" aria-label="${escapeHtml(strings.text("footnotes.back", { reference }))}">\u21a9\uFE0E</a>`;
  };
}
