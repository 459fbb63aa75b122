import type { ArchiveYear } from "../../src/model/collections.ts";
import { stringsFor } from "../../src/model/strings.ts";
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
  const t = stringsFor(site.settings.language);
  return renderPage(
    site,
    ROUTES.archive,
    <Base title={t.text("archive.title")} description={t.text("archive.description", { site: site.settings.title })}>
      <header class="page-header">
        <h1>{t.text("archive.title")}</h1>
        <p class="lede">{t.text("archive.lede", { posts: t.count("count.posts", posts.length) })}</p>
      </header>
      {collections.archive.map((year) => (
        <Year key={year.year} year={year} />
      ))}
    </Base>,
  );
}
