import type { Post } from "../../src/content/post.ts";
import { FormattedDate } from "./FormattedDate.tsx";

/**
 * Author and date; on the post's own page (`details`) also when it was
 * updated and how long it takes to read.
 */
export function Byline({ post, details = false }: { post: Post; details?: boolean }) {
  return (
    <p class="byline">
      <span class="author">{post.author}</span>
      <span aria-hidden="true"> · </span>
      <FormattedDate date={post.date} />
      {details && post.updated && (
        <>
          <span aria-hidden="true"> · </span>
          <span class="updated">
            Updated <FormattedDate date={post.updated} />
          </span>
        </>
      )}
      {details && (
        <>
          <span aria-hidden="true"> · </span>
          <span class="reading-time">{post.readingMinutes} min read</span>
        </>
      )}
    </p>
  );
}
