import type { MarkdownIt, StateCore, Token } from "markdown-it";
import type { StringKey, Strings } from "../model/strings.ts";

/** GitHub's five kinds, each with the string of its default title, in the site's language. */
const CALLOUT_TITLES = { note: "callout.note", tip: "callout.tip", important: "callout.important", warning: "callout.warning", caution: "callout.caution" } as const satisfies Record<string, StringKey>;
type Kind = keyof typeof CALLOUT_TITLES;

const MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*([^\n]*)(?:\n|$)/i;

/**
 * GitHub's alert syntax becomes a callout:
 *
 *     > [!WARNING]
 *     > The crossing closes at dusk.
 *
 * is `<aside class="callout callout-warning" role="note" aria-label="Warning">`
 * with the title shown above the text (`> [!TIP] Before you go` gives it a
 * title of its own; the default titles are in the site's language). `role="note"` keeps it out of the page's landmarks: it
 * is part of the post, not a region beside it. The stylesheet colours each
 * kind in both schemes. A quote that starts with anything else, or with a
 * kind GitHub does not have (`[!DANGER]`), stays a quote. Callouts nest.
 *
 * (markdown-it-github-alerts does the same but closes a callout at the first
 * `</blockquote>` it meets, which breaks the HTML of a quote inside one.)
 */
export function callouts(md: MarkdownIt, strings: Strings): void {
  md.core.ruler.after("block", "callouts", (state: StateCore) => findCallouts(state, strings));
  const { escapeHtml } = md.utils;
  md.renderer.rules.callout_open = (tokens: Token[], idx: number) => {
    const { title, kind } = tokens[idx]!.meta as { title: string; kind: Kind };
    const label = escapeHtml(title);
    return `<aside class="callout callout-${kind}" role="note" aria-label="${label}">\n<p class="callout-title">${label}</p>\n`;
  };
  md.renderer.rules.callout_close = () => "</aside>\n";
}

function findCallouts(state: StateCore, strings: Strings): void {
  const tokens = state.tokens;
  for (let open = 0; open < tokens.length; open++) {
    if (tokens[open]!.type !== "blockquote_open") continue;
    const paragraph = tokens[open + 1];
    const inline = tokens[open + 2];
    if (paragraph?.type !== "paragraph_open" || inline?.type !== "inline") continue;
    const marker = MARKER.exec(inline.content);
    if (!marker) continue;
    const close = matchingClose(tokens, open);
    if (close === -1) continue;
    const kind = marker[1]!.toLowerCase() as Kind;
    inline.content = inline.content.slice(marker[0].length);
    // `> [!NOTE]` alone on its first line: the paragraph it started may have nothing left.
    if (!inline.content.trim()) {
      paragraph.hidden = true;
      tokens[open + 3]!.hidden = true;
    }
    tokens[open]!.type = "callout_open";
    tokens[open]!.tag = "aside";
    tokens[open]!.meta = { kind, title: marker[2]!.trim() || strings.text(CALLOUT_TITLES[kind]) };
    tokens[close]!.type = "callout_close";
    tokens[close]!.tag = "aside";
  }
}

function matchingClose(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const type = tokens[i]!.type;
    if (type === "blockquote_open") depth++;
    else if (type === "blockquote_close" && --depth === 0) return i;
  }
  return -1;
}
