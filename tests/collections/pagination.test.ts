import { describe, expect, it } from "vitest";
import { paginate } from "../../src/collections/pagination.ts";

describe("paginate", () => {
  it("puts page 1 at the list's URL and later pages under /page/N/", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, "/tags/iraq/");
    expect(pages.map((page) => [page.url, page.number, page.count, page.items])).toEqual([
      ["/tags/iraq/", 1, 3, [1, 2]],
      ["/tags/iraq/page/2/", 2, 3, [3, 4]],
      ["/tags/iraq/page/3/", 3, 3, [5]],
    ]);
    expect(pages.every((page) => page.listUrl === "/tags/iraq/")).toBe(true);
  });

  it("gives an empty list its first page and an exact fit no empty last page", () => {
    expect(paginate([], 10, "/").map((page) => [page.url, page.items.length, page.count])).toEqual([["/", 0, 1]]);
    expect(paginate([1, 2, 3, 4], 2, "/")).toHaveLength(2);
  });
});
