import type { StaticComment } from "../../src/model/comments.ts";
import { FormattedDate } from "./FormattedDate.tsx";
import { TrustedHtml } from "./TrustedHtml.tsx";

/** Static comments, oldest first. Author and web site are escaped text; links to them are marked as user content. */
export function CommentList({ comments }: { comments: readonly StaticComment[] }) {
  return (
    <ol class="comment-list">
      {comments.map((comment) => (
        <li key={comment.id}>
          <article class="comment" id={comment.id}>
            <p class="comment-meta">
              {comment.url ? (
                <a class="comment-author" href={comment.url} rel="nofollow ugc">
                  {comment.author}
                </a>
              ) : (
                <span class="comment-author">{comment.author}</span>
              )}
              <span aria-hidden="true"> · </span>
              <FormattedDate date={comment.date} />
            </p>
            <TrustedHtml class="comment-body" html={comment.html} />
          </article>
        </li>
      ))}
    </ol>
  );
}
