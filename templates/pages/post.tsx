import type { SiteData } from "../../src/build/site-data.ts";
import type { Post } from "../../src/content/post.ts";
import { renderPage } from "../layouts/Base.tsx";
import { PostLayout } from "../layouts/PostLayout.tsx";

/**
 * A post's page. Not an Eleventy template: posts are as many as the site is
 * large, so src/eleventy/post-pages.ts renders and writes them one at a time
 * instead of through Eleventy's pagination, which keeps every rendered page
 * in memory until the build ends.
 */
export function renderPostPage(site: SiteData, post: Post): string {
  return renderPage(site, post.url, <PostLayout post={post} />);
}
