import { pageLinks, pageUrl, type ListPage } from "../../src/collections/pagination.ts";
import { useHref } from "./PageContext.ts";

/** Previous/next page neighbours of a list page, for the head's rel=prev/next links. */
export function pageNeighbours(page: ListPage<unknown>): { previous?: string; next?: string } {
  return {
    ...(page.number > 1 ? { previous: pageUrl(page.listUrl, page.number - 1) } : {}),
    ...(page.number < page.count ? { next: pageUrl(page.listUrl, page.number + 1) } : {}),
  };
}

/** Page links under a list; nothing when the list fits on one page. */
export function Pagination({ page }: { page: ListPage<unknown> }) {
  const href = useHref();
  if (page.count <= 1) return null;
  const { previous, next } = pageNeighbours(page);
  return (
    <nav class="pagination" aria-label="Pagination">
      <ul>
        {previous && (
          <li class="pagination-previous">
            <a href={href(previous)} rel="prev">
              <span aria-hidden="true">← </span>Newer posts
            </a>
          </li>
        )}
        {pageLinks(page.number, page.count).map((link, index) =>
          "gap" in link ? (
            <li key={`gap-${index}`} class="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={link.number}>
              <a href={href(pageUrl(page.listUrl, link.number))} aria-current={link.number === page.number ? "page" : undefined} aria-label={`Page ${link.number}`}>
                {link.number}
              </a>
            </li>
          ),
        )}
        {next && (
          <li class="pagination-next">
            <a href={href(next)} rel="next">
              Older posts<span aria-hidden="true"> →</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
