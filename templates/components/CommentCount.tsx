import { commentCount } from "../../src/comments/shown.ts";
import type { Post } from "../../src/content/post.ts";
import { useHref, usePage } from "./PageContext.ts";

/** "3 comments", linking to them; nothing for a post without static comments. */
export function CommentCount({ post }: { post: Post }) {
  const { site } = usePage();
  const href = useHref();
  const count = commentCount(site, post);
  if (count === 0) return null;
  return (
    <>
      <span aria-hidden="true"> · </span>
      <a class="comment-count" href={href(`${post.url}#comments`)}>
        {count === 1 ? "1 comment" : `${count} comments`}
      </a>
    </>
  );
}
