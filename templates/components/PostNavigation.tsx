import type { Post } from "../../src/model/post.ts";
import { FormattedDate } from "./FormattedDate.tsx";
import { useHref, usePage, useStrings } from "./PageContext.ts";

/** After a post: the older and newer post, then up to three related by shared tags. */
export function PostNavigation({ post }: { post: Post }) {
  const { site } = usePage();
  const href = useHref();
  const t = useStrings();
  const { previous, next } = site.collections.neighbours.get(post.id) ?? {};
  const related = site.collections.related.get(post.id) ?? [];
  return (
    <>
      {related.length > 0 && (
        <section class="related" aria-labelledby="related-heading">
          <h2 id="related-heading">{t.text("post.related")}</h2>
          <ul>
            {related.map((other) => (
              <li key={other.id}>
                <a href={href(other.url)}>{other.title}</a> <FormattedDate date={other.date} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {(previous || next) && (
        <nav class="post-neighbours" aria-label={t.text("post.neighbours")}>
          <ul>
            {previous && (
              <li class="post-neighbours-previous">
                <span class="post-neighbours-label">{t.text("post.previous")}</span>
                <a href={href(previous.url)} rel="prev">
                  {previous.title}
                </a>
              </li>
            )}
            {next && (
              <li class="post-neighbours-next">
                <span class="post-neighbours-label">{t.text("post.next")}</span>
                <a href={href(next.url)} rel="next">
                  {next.title}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
