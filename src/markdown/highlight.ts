import type { MarkdownIt, Token } from "markdown-it";
import Prism from "prismjs";
import loadLanguages from "prismjs/components/index.js";

let allLoaded = false;

/**
 * Prism's grammars change each other as they load (JavaScript adds itself to
 * HTML, and so on), so loading them one by one as posts ask for them would
 * make a post's output depend on the posts read before it. All of them are
 * loaded at once, the first time a post has a fenced block with a language
 * (about a third of a second, once per build).
 */
function grammar(language: string): Prism.Grammar | undefined {
  if (!language) return undefined;
  if (!allLoaded) {
    loadLanguages.silent = true;
    loadLanguages();
    allLoaded = true;
  }
  return Object.hasOwn(Prism.languages, language) ? (Prism.languages[language] as Prism.Grammar) : undefined;
}

/**
 * Fenced code is highlighted at build time with Prism: the page gets plain
 * `<span class="token ...">` markup and the stylesheet colours it, so there is
 * no JavaScript and the colours follow the light and dark themes. A block is
 * focusable so a keyboard can scroll its long lines, which scroll inside the
 * block and never widen the page. Unknown languages are shown unhighlighted.
 */
export function highlight(md: MarkdownIt): void {
  const { escapeHtml, unescapeAll } = md.utils;

  md.renderer.rules.fence = (tokens: Token[], idx: number): string => {
    const token = tokens[idx]!;
    const language = (unescapeAll(token.info).trim().split(/\s+/)[0] ?? "").toLowerCase();
    const found = grammar(language);
    const code = found ? Prism.highlight(token.content, found, language) : escapeHtml(token.content);
    const className = language ? ` class="language-${escapeHtml(language)}"` : "";
    return `<pre${className} tabindex="0"><code${className}>${code}</code></pre>\n`;
  };

  md.renderer.rules.code_block = (tokens: Token[], idx: number): string =>
    `<pre tabindex="0"><code>${escapeHtml(tokens[idx]!.content)}</code></pre>\n`;
}
