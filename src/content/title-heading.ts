import type { MarkdownIt, Token } from "markdown-it";

export interface TitleHeading {
  /** The heading as plain text. */
  readonly title: string;
  /** The body without the heading, with as many lines, so later lines keep their numbers. */
  readonly body: string;
  /** The body line (from 1) the heading is on. */
  readonly line: number;
}

const ATX = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}=+[ \t]*$/;

function plainText(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.type === "text" || token.type === "code_inline" ? token.content : token.children ? plainText(token.children) : "")).join("");
}

/**
 * The level-one heading a post's body opens with (`# Title`, or `Title`
 * underlined with `===`), as Obsidian notes, GitHub READMEs and some Hugo
 * and Eleventy posts carry their title; undefined when the body opens with
 * anything else.
 */
export function titleHeading(body: string, md: MarkdownIt): TitleHeading | undefined {
  const lines = body.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first === -1) return undefined;
  const atx = ATX.exec(lines[first]!);
  const setext = !atx && SETEXT.test(lines[first + 1] ?? "") && !/^ {0,3}([-*_+>#|]|\d+[.)]|```|~~~|<)/.test(lines[first]!) ? lines[first]!.trim() : undefined;
  const written = atx?.[1] ?? setext;
  if (written === undefined) return undefined;
  const title = plainText(md.parseInline(written, {})).trim();
  if (!title) return undefined;
  const taken = atx ? 1 : 2;
  const kept = [...lines.slice(0, first), ...Array<string>(taken).fill(""), ...lines.slice(first + taken)];
  return { title, body: kept.join("\n"), line: first + 1 };
}
