import type { ListPage } from "../model/collections.ts";
import { listPageUrl } from "../model/routes.ts";

/** Splits `items` into pages of `size`; an empty list still has its first page. */
export function paginate<T>(items: readonly T[], size: number, listUrl: string): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    url: listPageUrl(listUrl, index + 1),
    listUrl,
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}
