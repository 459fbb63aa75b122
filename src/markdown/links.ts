import type { MarkdownIt, StateInline, Token } from "markdown-it";
import type { PostLink } from "../model/post.ts";
import { relativeHref } from "../model/routes.ts";
import { inlinePosition } from "./found.ts";

/** The inline rules that make a link: `[text](href)`, `<https://…>` and a bare `https://…`. */
const LINK_RULES = ["link", "autolink", "linkify"];

/**
 * Remembers where each link starts in its paragraph, so a link the build
 * finds broken (src/site/links.ts) is named by line and column. markdown-it's
 * tokens carry lines but no columns, so each rule that makes a link is
 * wrapped to note the offset it started at.
 */
export function linkPositions(md: MarkdownIt): void {
  for (const rule of md.inline.ruler.__rules__.filter((candidate) => LINK_RULES.includes(candidate.name))) {
    const original = rule.fn;
    md.inline.ruler.at(rule.name, (state: StateInline, silent: boolean) => {
      const start = state.pos;
      const first = state.tokens.length;
      const matched = original(state, silent);
      if (matched && !silent) {
        const open = state.tokens.slice(first).find((token) => token.type === "link_open");
        if (open) open.meta = { ...open.meta, offset: start };
      }
      return matched;
    });
  }
}

/** Every link of the post as written (the address markdown-it made of it), with its line and column in the body. */
export function linksOf(tokens: readonly Token[], source: string): PostLink[] {
  const lines = source.split("\n");
  const links: PostLink[] = [];
  for (const token of tokens) {
    if (token.type !== "inline") continue;
    for (const child of token.children ?? []) {
      if (child.type !== "link_open") continue;
      const offset = (child.meta as { offset?: number } | null)?.offset ?? 0;
      const at = inlinePosition(lines, token, offset);
      const written = (child.meta as { siteAbsolute?: string } | null)?.siteAbsolute;
      links.push({ href: String(child.attrGet("href") ?? ""), ...(written === undefined ? {} : { written }), line: at?.line ?? 1, column: at?.column ?? 1 });
    }
  }
  return links;
}

/**
 * A link written from the site's root (`/files/report.pdf`, `/about/`), as
 * Hugo and Jekyll sites write them, is linked relative to the page instead,
 * so it works under the site's sub-path and from disk, like every link the
 * engine writes; the address as written is kept for the link check.
 */
export function relativeSiteLinks(tokens: readonly Token[], pageUrl: string): void {
  for (const token of tokens) {
    if (token.type !== "inline") continue;
    for (const child of token.children ?? []) {
      if (child.type !== "link_open") continue;
      const href = String(child.attrGet("href") ?? "");
      if (!href.startsWith("/") || href.startsWith("//") || href.includes("?")) continue;
      child.meta = { ...child.meta, siteAbsolute: href };
      child.attrSet("href", relativeHref(pageUrl, href));
    }
  }
}
