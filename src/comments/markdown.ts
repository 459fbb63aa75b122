import markdownIt, { type MarkdownIt } from "markdown-it";

/** Link schemes a comment may use; anything else with a scheme (javascript:, data:, vbscript:, file:) stays text. */
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The markdown-it instance for comment bodies, which are untrusted text,
 * separate from the one for posts: raw HTML is shown as text, links only
 * go to http(s) and mailto URLs (or relative ones) and are marked
 * `rel="nofollow ugc"`, and images and headings are off, so a comment can
 * neither load anything from another host nor break the page's outline.
 */
export function createCommentMarkdown(): MarkdownIt {
  const md = markdownIt("default", { html: false, linkify: true, typographer: true });
  md.disable(["image", "heading", "lheading"]);
  md.validateLink = (url) => {
    const scheme = SCHEME.exec(url.trim());
    return !scheme || SAFE_SCHEMES.has((scheme[1] ?? "").toLowerCase());
  };
  md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
    tokens[index]?.attrSet("rel", "nofollow ugc");
    return self.renderToken(tokens, index, options);
  };
  return md;
}
