import type { Token } from "markdown-it";
import type { Heading } from "../model/post.ts";
import { ANCHORED_LEVELS } from "./anchors.ts";
import { plainText } from "./text.ts";

/** An image written in Markdown, `![alt](src "title")`. */
export interface ImageReference {
  readonly token: Token;
  readonly src: string;
  /** Plain text; empty when the writer gave none. */
  readonly alt: string;
  /** Line in the body (1-based), where known. */
  readonly line: number | undefined;
}

/** What the post is made of, read from its tokens in one pass. */
export interface Outline {
  /** Plain text of the first top-level paragraph. */
  readonly firstParagraph: string;
  /** Plain text of the paragraphs before `<!-- more -->`, or undefined when there is no such line. */
  readonly beforeMore: string | undefined;
  readonly headings: readonly Heading[];
  /** Everything a reader reads, prose and code, as one text for counting words. */
  readonly text: string;
  readonly images: readonly ImageReference[];
}

const MORE = /^<!--\s*more\s*-->\s*$/i;
const ANCHORED = new Set<string>(ANCHORED_LEVELS.map((level) => `h${level}`));

/**
 * Walks the parsed post once. `<!-- more -->` lines are taken out of the
 * tokens: the first marks where the excerpt ends, and none is published.
 */
export function outline(tokens: Token[]): Outline {
  let firstParagraph: string | undefined;
  let beforeMore: string | undefined;
  const paragraphs: string[] = [];
  const headings: Heading[] = [];
  const text: string[] = [];
  const images: ImageReference[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === "html_block" && MORE.test(token.content)) {
      beforeMore ??= paragraphs.join(" ");
      tokens.splice(i--, 1);
    } else if (token.type === "heading_open" && ANCHORED.has(token.tag) && token.attrGet("id") !== null) {
      headings.push({ level: Number(token.tag.slice(1)), id: String(token.attrGet("id")), text: plainText(tokens[i + 1]?.children ?? []) });
    } else if (token.type === "paragraph_open") {
      const words = plainText(tokens[i + 1]?.children ?? []);
      if (firstParagraph === undefined && token.level === 0) firstParagraph = words;
      if (beforeMore === undefined) paragraphs.push(words);
    } else if (token.type === "fence" || token.type === "code_block") {
      text.push(token.content);
    } else if (token.type === "inline") {
      text.push(plainText(token.children ?? []));
      for (const child of token.children ?? []) {
        if (child.type === "image") images.push(imageReference(child, token));
      }
    }
  }
  return { firstParagraph: firstParagraph ?? "", beforeMore, headings, text: text.join("\n"), images };
}

function imageReference(image: Token, inline: Token): ImageReference {
  const src = String(image.attrGet("src") ?? "");
  const lines = inline.content.split("\n");
  const offset = lines.findIndex((line) => line.includes(src));
  const line = inline.map ? inline.map[0] + Math.max(offset, 0) + 1 : undefined;
  return { token: image, src, alt: plainText(image.children ?? []), line };
}
