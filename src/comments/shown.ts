import type { SiteData } from "../build/site-data.ts";
import type { SiteConfig } from "../config/site.ts";
import type { Post } from "../content/post.ts";

/** A post has a comments section unless its front matter or the site-wide switch turns comments off. */
export function showsComments(config: SiteConfig, post: Post): boolean {
  return config.comments.enabled && post.comments;
}

/** How many static comments a reader of the post sees: none where the section is not shown. */
export function commentCount(site: SiteData, post: Post): number {
  return showsComments(site.config, post) ? (site.comments.get(post.slug)?.length ?? 0) : 0;
}
