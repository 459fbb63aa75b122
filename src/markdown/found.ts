import type { Env, Token } from "markdown-it";

/**
 * Something a plugin found while parsing: a TeX error, a diagram that cannot
 * be drawn. Plugins cannot throw (one bad formula would hide every other
 * problem of the post) and do not know the file, so they leave what they
 * found in the markdown-it env; renderMarkdown turns each into a Problem
 * naming the file, with the line counted from the top of the file.
 */
export interface Found {
  /** Line within the Markdown body, counted from 1. */
  readonly line: number;
  /** Column within that line, counted from 1, where known. */
  readonly column?: number;
  readonly message: string;
}

export interface FoundEnv extends Env {
  found?: Found[];
}

export function report(env: FoundEnv, found: Found): void {
  (env.found ??= []).push(found);
}

/** Where a place in the body is: line counted from 1, column counted from 1. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * The line and column in the body (split into `lines`) of the character at
 * `offset` in an inline token's content. markdown-it joins a paragraph's lines without their
 * indentation (and, in a quote or list, without the `>` or marker), so the
 * column is found by looking for the content's line in the source line.
 */
export function inlinePosition(lines: readonly string[], inline: Token, offset: number): Position | undefined {
  if (!inline.map) return undefined;
  const before = inline.content.slice(0, offset);
  const lineInContent = before.split("\n").length - 1;
  const line = inline.map[0] + lineInContent;
  const contentLine = inline.content.split("\n")[lineInContent] ?? "";
  const columnInContent = offset - (before.lastIndexOf("\n") + 1);
  const sourceLine = lines[line] ?? "";
  const start = Math.max(sourceLine.indexOf(contentLine.trimStart()), 0) - (contentLine.length - contentLine.trimStart().length);
  return { line: line + 1, column: Math.max(start, 0) + columnInContent + 1 };
}
