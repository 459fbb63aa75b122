import type { CommentsSection, StaticComment } from "../model/comments.ts";
import { absoluteUrl } from "../model/routes.ts";
import type { BuildMode } from "../model/site.ts";
import type { ProviderSettings, Settings } from "../model/settings.ts";
import { embedFor, noticeFor, type EmbedPage } from "./providers.ts";

/** The embed for both color schemes as JSON (the dark one only where it differs), for the loader script. */
function embedJson(settings: ProviderSettings, page: EmbedPage): string {
  const light = embedFor(settings, page, "light");
  const dark = embedFor(settings, page, "dark");
  return JSON.stringify(JSON.stringify(light) === JSON.stringify(dark) ? { light } : { light, dark });
}

/** A post or a page that may have comments; a page has no slug, and so no static comments. */
export interface Commentable {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly comments: boolean;
  readonly slug?: string;
}

/**
 * The comments section of each post (or page) that has one, by its id: a
 * post has one unless its front matter or the site-wide switch turns
 * comments off; a page only when it asks (`comments: true`). Static
 * comments come first; a provider's load below them on request, never in
 * the dev server.
 */
export function commentSections(
  posts: readonly Commentable[],
  staticComments: ReadonlyMap<string, readonly StaticComment[]>,
  settings: Settings,
  mode: BuildMode,
): Map<string, CommentsSection> {
  const sections = new Map<string, CommentsSection>();
  if (!settings.comments.enabled) return sections;
  const provider = settings.comments.provider === "none" ? undefined : settings.comments;
  for (const post of posts) {
    if (!post.comments) continue;
    const comments = (post.slug === undefined ? undefined : staticComments.get(post.slug)) ?? [];
    if (!provider) {
      sections.set(post.id, { comments });
      continue;
    }
    const page: EmbedPage = { id: post.id, url: absoluteUrl(settings.url, post.url), title: post.title };
    sections.set(post.id, { comments, provider: { notice: noticeFor(provider, page), embed: mode === "development" ? undefined : embedJson(provider, page) } });
  }
  return sections;
}
