import type { Env, MarkdownIt, StateCore } from "markdown-it";

export interface EmptyHeadingsEnv extends Env {
  /** Lines of the body (from 1) that held a heading with no words, left out. */
  emptyHeadings?: number[];
}

/**
 * A heading with no words (`#` or `## ` alone on its line, as posts exported
 * from WordPress keep them) is left out: an empty `<h1>` is announced by
 * screen readers as a heading of nothing, and its `#` link would have no
 * name. Removed before the headings get their ids, so it takes none.
 */
export function emptyHeadings(md: MarkdownIt): void {
  md.core.ruler.after("block", "empty_headings", (state: StateCore) => {
    const env = state.env as EmptyHeadingsEnv;
    const { tokens } = state;
    for (let i = tokens.length - 3; i >= 0; i--) {
      const [open, inline, close] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
      if (open.type !== "heading_open" || inline.type !== "inline" || close.type !== "heading_close" || inline.content.trim() !== "") continue;
      tokens.splice(i, 3);
      if (open.map) (env.emptyHeadings ??= []).unshift(open.map[0] + 1);
    }
  });
}
