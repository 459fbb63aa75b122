import type { Post } from "../../src/content/post.ts";
import { FormattedDate } from "./FormattedDate.tsx";
import { useHref, usePage } from "./PageContext.ts";

export function Byline({ post }: { post: Post }) {
  const { site } = usePage();
  const href = useHref();
  const author = site.collections.authorOf.get(post.id);
  return (
    <p class="byline">
      {author ? (
        <a class="author" rel="author" href={href(author.url)}>
          {author.name}
        </a>
      ) : (
        <span class="author">{post.author}</span>
      )}
      <span aria-hidden="true"> · </span>
      <FormattedDate date={post.date} />
    </p>
  );
}
