import { showsComments } from "../../src/comments/shown.ts";
import type { Post } from "../../src/content/post.ts";
import { CommentList } from "./CommentList.tsx";
import { CommentsProvider } from "./CommentsProvider.tsx";
import { useAbsoluteUrl, usePage } from "./PageContext.ts";

/**
 * The comments section at the end of every post. It carries the post's stable
 * id and canonical URL for a comments provider to use. Static comments come
 * first; a provider's comments load below them only when the reader asks.
 */
export function Comments({ post }: { post: Post }) {
  const { site } = usePage();
  const absolute = useAbsoluteUrl();
  const settings = site.config.comments;
  if (!showsComments(site.config, post)) return null;
  const comments = site.comments.get(post.slug) ?? [];
  return (
    <section id="comments" class="comments" aria-labelledby="comments-heading" data-post-id={post.id} data-post-url={absolute(post.url)}>
      <h2 id="comments-heading">Comments</h2>
      {comments.length > 0 && <CommentList comments={comments} />}
      {settings.provider !== "none" ? (
        <CommentsProvider settings={settings} post={post} />
      ) : (
        comments.length === 0 && <p class="comments-placeholder">Comments are not open on this blog yet.</p>
      )}
    </section>
  );
}
