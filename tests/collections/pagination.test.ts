import { describe, expect, it } from "vitest";
import { pageLinks, pageUrl, paginate } from "../../src/collections/pagination.ts";

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

  it("names page URLs from the list URL", () => {
    expect(pageUrl("/", 1)).toBe("/");
    expect(pageUrl("/", 2)).toBe("/page/2/");
    expect(pageUrl("/authors/a/", 10)).toBe("/authors/a/page/10/");
  });
});

describe("pageLinks", () => {
  const show = (current: number, count: number) => pageLinks(current, count).map((link) => ("gap" in link ? "…" : link.number)).join(" ");

  it("shows every page of a short list", () => {
    expect(show(1, 1)).toBe("1");
    expect(show(3, 5)).toBe("1 2 3 4 5");
    expect(show(4, 7)).toBe("1 2 3 4 5 6 7");
  });

  it("shows the first, the last and two either side of the current page, with gaps", () => {
    expect(show(1, 100)).toBe("1 2 3 … 100");
    expect(show(50, 100)).toBe("1 … 48 49 50 51 52 … 100");
    expect(show(100, 100)).toBe("1 … 98 99 100");
  });

  it("shows a single missing page instead of a gap", () => {
    expect(show(5, 9)).toBe("1 2 3 4 5 6 7 8 9");
  });
});
