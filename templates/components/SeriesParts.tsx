import type { Post } from "../../src/model/post.ts";
import { useHref, usePage } from "./PageContext.ts";

/** On a post of a series: "Part 2 of 4 in Name", and every part, in reading order, the post itself marked as the current page. */
export function SeriesParts({ post }: { post: Post }) {
  const { site } = usePage();
  const href = useHref();
  const part = site.collections.seriesOf.get(post.id);
  if (!part) return null;
  const { series, number } = part;
  const headingId = "series-heading";
  return (
    <nav class="series-parts" aria-labelledby={headingId}>
      <p id={headingId} class="series-parts-heading">
        Part {number} of {series.parts.length} in <a href={href(series.url)}>{series.name}</a>
      </p>
      <ol>
        {series.parts.map((other) => (
          <li key={other.id}>
            <a href={href(other.url)} {...(other === post ? { "aria-current": "page" } : {})}>
              {other.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
