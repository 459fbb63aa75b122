import type { MarkdownIt, StateCore, Token } from "markdown-it";

/** A dash that opens an attribution: an em dash, `--` or `---` (the typographer turns them into dashes), or a bar. */
const ATTRIBUTION = /^\s*(?:—|–|―|-{2,3})\s*/;

/**
 * A blockquote whose last paragraph starts with a dash names its source:
 *
 *     > The most useful sentence is the one that was not there before.
 *     >
 *     > — Amira Haddad, *Reading Militia Statements*
 *
 * becomes `<figure class="quote"><blockquote>…</blockquote><figcaption>—
 * Amira Haddad, <em>Reading Militia Statements</em></figcaption></figure>`,
 * the markup HTML recommends for a quotation with its attribution. A
 * blockquote of one paragraph is never an attribution on its own.
 */
export function quotes(md: MarkdownIt): void {
  md.core.ruler.push("quote_attribution", (state: StateCore) => {
    const tokens = state.tokens;
    for (let open = 0; open < tokens.length; open++) {
      if (tokens[open]!.type !== "blockquote_open") continue;
      const close = matchingClose(tokens, open);
      const level = tokens[open]!.level;
      // The attribution is the quote's last child: paragraph_open, inline, paragraph_close.
      const last = close - 3;
      const paragraph = tokens[last];
      const inline = tokens[last + 1];
      if (!paragraph || paragraph.type !== "paragraph_open" || paragraph.level !== level + 1 || last === open + 1) continue;
      const first = inline?.children?.[0];
      if (!inline || first?.type !== "text" || !ATTRIBUTION.test(first.content)) continue;

      first.content = first.content.replace(ATTRIBUTION, "— ");
      const figureOpen = Object.assign(new state.Token("figure_open", "figure", 1), { block: true, level });
      figureOpen.attrSet("class", "quote");
      const figureClose = Object.assign(new state.Token("figure_close", "figure", -1), { block: true, level });
      const captionOpen = Object.assign(new state.Token("figcaption_open", "figcaption", 1), { block: true, level: level + 1 });
      const captionClose = Object.assign(new state.Token("figcaption_close", "figcaption", -1), { block: true, level: level + 1 });
      inline.level = level + 2;

      const quoted = tokens.slice(open, last).map((token) => Object.assign(token, { level: token.level + 1 }));
      const quoteClose = Object.assign(tokens[close]!, { level: level + 1 });
      tokens.splice(open, close - open + 1, figureOpen, ...quoted, quoteClose, captionOpen, inline, captionClose, figureClose);
      open++; // past this blockquote's own opening token, now after the figure's; quotes inside it come next
    }
  });
}

function matchingClose(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const type = tokens[i]!.type;
    if (type === "blockquote_open") depth++;
    else if (type === "blockquote_close" && --depth === 0) return i;
  }
  return tokens.length - 1;
}
