import type { Token } from "markdown-it";
import { writtenLines } from "./written-lines.ts";

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
  const found: RemoteHtml[] = [];
  const hasHtml = (children: readonly Token[]) => children.some((child) => child.type === "html_inline");
  for (const { line, text } of writtenLines(tokens, source, hasHtml)) {
    for (const match of text.matchAll(FETCHED_ON_OPEN)) found.push({ line, column: match.index + 1, tag: match[1]!.toLowerCase(), src: match[2]! });
  }
  return found;
}
