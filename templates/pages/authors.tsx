import type { Author } from "../../src/model/collections.ts";
import { countOf } from "../../src/model/locale.ts";
import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { useHref } from "../components/PageContext.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

function AuthorIndex({ authors }: { authors: readonly Author[] }) {
  const href = useHref();
  return (
    <ul class="tag-index">
      {authors.map((author) => (
        <li key={author.slug}>
          <a href={href(author.url)}>{author.name}</a> <span class="count">({countOf(author.posts.length, "post")})</span>
        </li>
      ))}
    </ul>
  );
}

/** `/authors/`: every author with their number of posts. */
export function authorsPage(site: Site): string {
  const { authors } = site.collections;
  return renderPage(
    site,
    ROUTES.authors,
    <Base title="Authors" description={`Who writes for ${site.settings.title}.`}>
      <header class="page-header">
        <h1>Authors</h1>
      </header>
      {authors.length ? <AuthorIndex authors={authors} /> : <p>No posts yet.</p>}
    </Base>,
  );
}
