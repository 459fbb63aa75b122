import { CommentList } from "./CommentList.tsx";
import { CommentsProvider } from "./CommentsProvider.tsx";
import { useAbsoluteUrl, usePage, useStrings } from "./PageContext.ts";

/**
 * The comments section at the end of a post that has one. It carries the
 * post's stable id and canonical URL for a comments provider to use. Static
 * comments come first; a provider's comments load below them only when the
 * reader asks.
 */
export function Comments({ post }: { post: { readonly id: string; readonly url: string } }) {
  const { site } = usePage();
  const absolute = useAbsoluteUrl();
  const t = useStrings();
  const section = site.comments.get(post.id);
  if (!section) return null;
  const { comments, provider } = section;
  return (
    <section id="comments" class="comments" aria-labelledby="comments-heading" data-post-id={post.id} data-post-url={absolute(post.url)}>
      <h2 id="comments-heading">{t.text("comments.heading")}</h2>
      {comments.length > 0 && <CommentList comments={comments} />}
      {provider ? <CommentsProvider {...provider} /> : comments.length === 0 && <p class="comments-placeholder">{t.text("comments.closed")}</p>}
    </section>
  );
}
