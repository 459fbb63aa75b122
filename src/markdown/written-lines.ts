import type { Token } from "markdown-it";

/**
 * The lines of a body's paragraphs, headings and HTML blocks as written,
 * numbered from 1, with code spans blanked out (their columns kept): what a
 * writer's tag or element can hide in, and nothing shown as code. `read`
 * picks the paragraphs and headings worth reading by their inline tokens.
 */
export function* writtenLines(tokens: readonly Token[], source: string, read: (children: readonly Token[]) => boolean): Generator<{ line: number; text: string }> {
  const lines = source.split("\n");
  for (const token of tokens) {
    if ((token.type !== "inline" && token.type !== "html_block") || !token.map) continue;
    if (token.type === "inline" && !read(token.children ?? [])) continue;
    for (let line = token.map[0]; line < token.map[1]; line++) {
      yield { line: line + 1, text: (lines[line] ?? "").replace(/`[^`]*`/g, (code) => " ".repeat(code.length)) };
    }
  }
}
