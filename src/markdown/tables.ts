import type { MarkdownIt, StateCore, Token } from "markdown-it";
import type { Strings } from "../model/strings.ts";
import { plainText } from "./text.ts";

/**
 * Tables scroll sideways inside a wrapper on narrow screens instead of
 * widening the page. The wrapper is a labelled region a keyboard can focus,
 * so its content can be scrolled without a mouse. Its label is the table's
 * column headings, in the post's own language (a table without headings is
 * "Table" in the site's).
 */
export function tables(md: MarkdownIt, strings: Strings): void {
  const { escapeHtml } = md.utils;
  md.core.ruler.push("table_scroll", (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.type !== "table_open") continue;
      const close = tokens.findIndex((token, at) => at > i && token.type === "table_close" && token.level === tokens[i]!.level);
      const label = headings(tokens, i, close).join(", ") || strings.text("table.label");
      const open = Object.assign(new state.Token("html_block", "", 0), {
        content: `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(label)}">\n`,
      });
      const end = Object.assign(new state.Token("html_block", "", 0), { content: "</div>\n" });
      tokens.splice(close + 1, 0, end);
      tokens.splice(i, 0, open);
      i = close + 2;
    }
  });
}

function headings(tokens: readonly Token[], from: number, to: number): string[] {
  const names: string[] = [];
  for (let i = from; i < to && tokens[i]?.type !== "thead_close"; i++) {
    if (tokens[i]!.type === "th_open") names.push(plainText(tokens[i + 1]?.children ?? []));
  }
  return names.filter(Boolean);
}
