import markdownIt, { type MarkdownIt, type Token } from "markdown-it";
import { liquidHighlight } from "./liquid-highlight.ts";
import { findTemplateSyntax, type TemplateSyntax } from "./template-syntax.ts";

/**
 * The one markdown-it instance every post is rendered with: CommonMark plus
 * tables and strikethrough (markdown-it's defaults), typographic quotes and
 * dashes, and bare URLs turned into links. Raw HTML passes through: posts are
 * the site owner's own writing. Jekyll's `{% highlight %}` blocks are code blocks.
 */
export function createMarkdown(): MarkdownIt {
  return markdownIt("default", { html: true, linkify: true, typographer: true }).use(liquidHighlight);
}

export interface RenderedMarkdown {
  readonly html: string;
  /** Plain text of the first paragraph, for excerpts. */
  readonly firstParagraph: string;
  /** Another engine's template tags, which show as text. */
  readonly templateSyntax: readonly TemplateSyntax[];
}

/** Parses once and renders from the same tokens, so the excerpt costs no second parse. */
export function renderMarkdown(md: MarkdownIt, source: string): RenderedMarkdown {
  const env = {};
  const tokens = md.parse(source, env);
  let firstParagraph = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type === "paragraph_open" && token.level === 0) {
      firstParagraph = plainText(tokens[i + 1]?.children ?? []);
      break;
    }
  }
  return { html: md.renderer.render(tokens, md.options, env), firstParagraph, templateSyntax: findTemplateSyntax(tokens, source) };
}

function plainText(children: readonly Token[]): string {
  let out = "";
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") out += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") out += " ";
    else if (child.type === "image") out += plainText(child.children ?? []);
  }
  return out.replace(/\s+/g, " ").trim();
}
