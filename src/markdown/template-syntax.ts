import type { Token } from "markdown-it";
import { writtenLines } from "./written-lines.ts";

/** Liquid (`{% raw %}`, `{{ site.url }}`) and Hugo shortcodes (`{{< youtube id >}}`, `{{% ref %}}`). */
const TEMPLATE_SYNTAX = /\{%-?\s*[a-z_]+[^%]*%\}|\{\{[<%]?[^}]*[>%]?\}\}/gi;

export interface TemplateSyntax {
  /** Line and column within the Markdown body, counted from 1. */
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

/**
 * Template tags written for another engine. Markdown is never run through a
 * template engine, so they show as text; finding them lets `npm run check`
 * tell the writer where. Only prose and HTML blocks are searched, as written:
 * in code spans and blocks the tags are meant to be shown.
 */
export function findTemplateSyntax(tokens: readonly Token[], source: string): TemplateSyntax[] {
  const found: TemplateSyntax[] = [];
  const hasTags = (children: readonly Token[]) => children.some((child) => child.type === "text" && /\{[{%]/.test(child.content));
  for (const { line, text } of writtenLines(tokens, source, hasTags)) {
    for (const match of text.matchAll(TEMPLATE_SYNTAX)) found.push({ line, column: match.index + 1, text: match[0] });
  }
  return found;
}
