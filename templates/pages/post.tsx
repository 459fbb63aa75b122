import type { Post } from "../../src/model/post.ts";
import type { Site } from "../../src/model/site.ts";
import { renderPage } from "../layouts/Base.tsx";
import { PostLayout } from "../layouts/PostLayout.tsx";

/** `/posts/<slug>/`: a post, with its byline, contents, neighbours, related posts and comments. */
export function postPage(site: Site, post: Post): string {
  return renderPage(site, post.url, <PostLayout post={post} />);
}
