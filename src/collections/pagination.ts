/**
 * One page of a paginated list. Page 1 is the list's own URL; later pages
 * live under it: `/`, `/page/2/`; `/tags/iraq/`, `/tags/iraq/page/2/`.
 */
export interface ListPage<T> {
  /** Site-relative URL of this page. */
  readonly url: string;
  /** Site-relative URL of page 1, the list itself. */
  readonly listUrl: string;
  /** 1-based. */
  readonly number: number;
  readonly count: number;
  readonly items: readonly T[];
}

/** The URL of page `number` of the list at `listUrl`. */
export function pageUrl(listUrl: string, number: number): string {
  return number <= 1 ? listUrl : `${listUrl}page/${number}/`;
}

/** Splits `items` into pages of `size`; an empty list still has its first page. */
export function paginate<T>(items: readonly T[], size: number, listUrl: string): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    url: pageUrl(listUrl, index + 1),
    listUrl,
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

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
