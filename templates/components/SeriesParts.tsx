import type { Post, TextDirection } from "../../src/model/post.ts";
import { useHref, usePage, useStrings } from "./PageContext.ts";

/**
 * On a post of a series: "Part 2 of 4 in Name", and every part, in reading
 * order, the post itself marked as the current page. `chrome` gives the
 * site's language and direction on a post written in another one.
 */
export function SeriesParts({ post, chrome = {} }: { post: Post; chrome?: { lang?: string; dir?: TextDirection } }) {
  const { site } = usePage();
  const href = useHref();
  const t = useStrings();
  const part = site.collections.seriesOf.get(post.id);
  if (!part) return null;
  const { series, number } = part;
  const headingId = "series-heading";
  return (
    <nav class="series-parts" aria-labelledby={headingId} {...chrome}>
      <p id={headingId} class="series-parts-heading">
        {t.parts("series.part", { number: String(number), count: String(series.parts.length), series: <a href={href(series.url)}>{series.name}</a> })}
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
