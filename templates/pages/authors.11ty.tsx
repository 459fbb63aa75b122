import type { Author } from "../../src/collections/authors.ts";
import { PAGES } from "../../src/pages.ts";
import { useHref } from "../components/PageContext.ts";
import { outputPath, type PageData } from "../data.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

export const data = { permalink: outputPath(PAGES.authors) };

function AuthorIndex({ authors }: { authors: readonly Author[] }) {
  const href = useHref();
  return (
    <ul class="tag-index">
      {authors.map((author) => (
        <li key={author.slug}>
          <a href={href(author.url)}>{author.name}</a> <span class="count">({author.posts.length === 1 ? "1 post" : `${author.posts.length} posts`})</span>
        </li>
      ))}
    </ul>
  );
}

export function render({ broadsheet }: PageData): string {
  const { authors } = broadsheet.collections;
  return renderPage(
    broadsheet,
    PAGES.authors,
    <Base title="Authors" description={`Who writes for ${broadsheet.config.title}.`}>
      <header class="page-header">
        <h1>Authors</h1>
      </header>
      {authors.length ? <AuthorIndex authors={authors} /> : <p>No posts yet.</p>}
    </Base>,
  );
}
