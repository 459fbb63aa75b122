import type { Post } from "../../src/content/post.ts";
import { CommentCount } from "./CommentCount.tsx";
import { FormattedDate } from "./FormattedDate.tsx";

export function Byline({ post }: { post: Post }) {
  return (
    <p class="byline">
      <span class="author">{post.author}</span>
      <span aria-hidden="true"> · </span>
      <FormattedDate date={post.date} />
      <CommentCount post={post} />
    </p>
  );
}
