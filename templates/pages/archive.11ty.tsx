import type { ArchiveYear } from "../../src/collections/archive.ts";
import { PAGES } from "../../src/pages.ts";
import { FormattedDate } from "../components/FormattedDate.tsx";
import { useHref } from "../components/PageContext.ts";
import { outputPath, type PageData } from "../data.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

export const data = { permalink: outputPath(PAGES.archive) };

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

export function render({ broadsheet }: PageData): string {
  const { posts, collections } = broadsheet;
  return renderPage(
    broadsheet,
    PAGES.archive,
    <Base title="Archive" description={`Every post on ${broadsheet.config.title}, by year.`}>
      <header class="page-header">
        <h1>Archive</h1>
        <p class="lede">{posts.length === 1 ? "1 post" : `${posts.length} posts`}, newest first.</p>
      </header>
      {collections.archive.map((year) => (
        <Year key={year.year} year={year} />
      ))}
    </Base>,
  );
}
