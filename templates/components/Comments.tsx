import type { Post } from "../../src/content/post.ts";
import { useAbsoluteUrl } from "./PageContext.ts";

/**
 * The comments section at the end of every post. It carries the post's stable
 * id and canonical URL for a comments provider to use.
 */
export function Comments({ post }: { post: Post }) {
  const absolute = useAbsoluteUrl();
  return (
    <section id="comments" class="comments" aria-labelledby="comments-heading" data-post-id={post.id} data-post-url={absolute(post.url)}>
      <h2 id="comments-heading">Comments</h2>
      <p class="comments-placeholder">Comments are not open on this blog yet.</p>
    </section>
  );
}
