import type { ListPage } from "../../src/model/collections.ts";
import { listPageUrl } from "../../src/model/routes.ts";
import { useHref, useStrings } from "./PageContext.ts";

/** A page number to link, or a gap between page numbers. */
export type PageLink = { readonly number: number } | { readonly gap: true };

/**
 * The page numbers a pagination nav shows: the first, the last and two on
 * each side of the current one, with gaps between. Its length does not grow
 * with the number of pages, so a nav costs the same on page 1 of 1,000.
 */
export function pageLinks(current: number, count: number): PageLink[] {
  const shown = new Set([1, count]);
  for (let number = current - 2; number <= current + 2; number++) if (number >= 1 && number <= count) shown.add(number);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((number, index) => {
    const before = numbers[index - 1];
    // A gap of one page shows that page: "1 2 3" reads better than "1 … 3".
    if (before !== undefined && number - before === 2) links.push({ number: before + 1 });
    else if (before !== undefined && number - before > 2) links.push({ gap: true });
    links.push({ number });
  });
  return links;
}

/** Previous/next page neighbours of a list page, for the head's rel=prev/next links. */
export function pageNeighbours(page: ListPage<unknown>): { previous?: string; next?: string } {
  return {
    ...(page.number > 1 ? { previous: listPageUrl(page.listUrl, page.number - 1) } : {}),
    ...(page.number < page.count ? { next: listPageUrl(page.listUrl, page.number + 1) } : {}),
  };
}

/** Page links under a list; nothing when the list fits on one page. */
export function Pagination({ page }: { page: ListPage<unknown> }) {
  const href = useHref();
  const t = useStrings();
  if (page.count <= 1) return null;
  const { previous, next } = pageNeighbours(page);
  return (
    <nav class="pagination" aria-label={t.text("pagination.label")}>
      <ul>
        {previous && (
          <li class="pagination-previous">
            <a href={href(previous)} rel="prev">
              <span aria-hidden="true">← </span>
              {t.text("pagination.newer")}
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
              <a href={href(listPageUrl(page.listUrl, link.number))} aria-current={link.number === page.number ? "page" : undefined} aria-label={t.text("pagination.page", { number: link.number })}>
                {link.number}
              </a>
            </li>
          ),
        )}
        {next && (
          <li class="pagination-next">
            <a href={href(next)} rel="next">
              {t.text("pagination.older")}
              <span aria-hidden="true"> →</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
