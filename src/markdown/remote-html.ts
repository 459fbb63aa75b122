import type { Token } from "markdown-it";

/** Elements whose `src` a browser fetches as soon as the page opens, with an address on another host. */
const FETCHED_ON_OPEN = /<(img|iframe|script|video|audio|source|embed)\b[^>]*?\ssrc\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi;

export interface RemoteHtml {
  /** Line and column within the Markdown body, counted from 1. */
  readonly line: number;
  readonly column: number;
  readonly tag: string;
  readonly src: string;
}

/**
 * Elements written as raw HTML that load from another host when the page
 * opens (`<img src="https://…">`, an `<iframe>` player). Markdown images are
 * downloaded at build time and videos wait for the reader's click, but raw
 * HTML passes through as written, so `npm run check` names each one. Code
 * spans and blocks are left alone: there the tag is shown, not loaded.
 */
export function findRemoteHtml(tokens: readonly Token[], source: string): RemoteHtml[] {
  const lines = source.split("\n");
  const found: RemoteHtml[] = [];
  for (const token of tokens) {
    if ((token.type !== "inline" && token.type !== "html_block") || !token.map) continue;
    if (token.type === "inline" && !(token.children ?? []).some((child) => child.type === "html_inline")) continue;
    for (let line = token.map[0]; line < token.map[1]; line++) {
      const text = token.type === "inline" ? (lines[line] ?? "").replace(/`[^`]*`/g, (code) => " ".repeat(code.length)) : (lines[line] ?? "");
      for (const match of text.matchAll(FETCHED_ON_OPEN)) found.push({ line: line + 1, column: match.index + 1, tag: match[1]!.toLowerCase(), src: match[2]! });
    }
  }
  return found;
}
