import type { ArchiveYear } from "../../src/model/collections.ts";
import { countOf } from "../../src/model/locale.ts";
import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { FormattedDate } from "../components/FormattedDate.tsx";
import { useHref } from "../components/PageContext.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

function Year({ year }: { year: ArchiveYear }) {
  const href = useHref();
  return (
    <section class="archive-year" aria-labelledby={`year-${year.year}`}>
      <h2 id={`year-${year.year}`}>{year.year}</h2>
      <ul class="archive-list">
        {year.posts.map((post) => (
          <li key={post.id}>
            <FormattedDate date={post.date} /> <a href={href(post.url)}>{post.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `/archive/`: every post, by year. */
export function archivePage(site: Site): string {
  const { posts, collections } = site;
  return renderPage(
    site,
    ROUTES.archive,
    <Base title="Archive" description={`Every post on ${site.settings.title}, by year.`}>
      <header class="page-header">
        <h1>Archive</h1>
        <p class="lede">{countOf(posts.length, "post")}, newest first.</p>
      </header>
      {collections.archive.map((year) => (
        <Year key={year.year} year={year} />
      ))}
    </Base>,
  );
}
