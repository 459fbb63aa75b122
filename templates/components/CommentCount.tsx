import type { Post } from "../../src/model/post.ts";
import { commentsUrl } from "../../src/model/routes.ts";
import { useHref, usePage, useStrings } from "./PageContext.ts";

/** "3 comments", linking to them; nothing for a post without static comments. */
export function CommentCount({ post }: { post: Post }) {
  const { site } = usePage();
  const href = useHref();
  const t = useStrings();
  const count = site.comments.get(post.id)?.comments.length ?? 0;
  if (count === 0) return null;
  return (
    <>
      <span aria-hidden="true"> · </span>
      <a class="comment-count" href={href(commentsUrl(post.url))}>
        {t.count("count.comments", count)}
      </a>
    </>
  );
}
