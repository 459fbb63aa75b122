import { describe, expect, it } from "vitest";
import { homePages } from "../../src/collections/pinned.ts";
import type { HomePage } from "../../src/model/collections.ts";
import { makePost } from "../helpers/posts.ts";

const slugs = (page: HomePage | undefined) => ({ pinned: page?.pinned.map((post) => post.slug), items: page?.items.map((post) => post.slug) });

/** Five posts, newest first: e (newest) ... a (oldest). */
function posts(pinned: string[]) {
  return ["e", "d", "c", "b", "a"].map((slug, index) => makePost({ slug, date: `2020-01-0${5 - index}`, pinned: pinned.includes(slug) }));
}

describe("homePages", () => {
  it("shows an old pinned post first on page 1, and leaves it in its place on its own page", () => {
    const pages = homePages(posts(["a"]), 2);
    expect(pages.map(slugs)).toEqual([
      { pinned: ["a"], items: ["e", "d"] },
      { pinned: [], items: ["c", "b"] },
      { pinned: [], items: ["a"] },
    ]);
  });

  it("shows a pinned post of page 1 once, first", () => {
    expect(slugs(homePages(posts(["d"]), 2)[0])).toEqual({ pinned: ["d"], items: ["e"] });
  });

  it("orders several pinned posts newest first, and keeps every page's size and numbering", () => {
    const pages = homePages(posts(["b", "d", "a"]), 2);
    expect(pages.map(slugs)).toEqual([
      { pinned: ["d", "b", "a"], items: ["e"] },
      { pinned: [], items: ["c", "b"] },
      { pinned: [], items: ["a"] },
    ]);
    expect(pages.map((page) => [page.url, page.number, page.count])).toEqual([
      ["/", 1, 3],
      ["/page/2/", 2, 3],
      ["/page/3/", 3, 3],
    ]);
  });

  it("pins nothing when no post asks, and still makes page 1 of an empty site", () => {
    expect(homePages(posts([]), 10).map(slugs)).toEqual([{ pinned: [], items: ["e", "d", "c", "b", "a"] }]);
    expect(homePages([], 10).map(slugs)).toEqual([{ pinned: [], items: [] }]);
  });
});
