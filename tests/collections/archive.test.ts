import { describe, expect, it } from "vitest";
import { archiveByYear } from "../../src/collections/archive.ts";
import { makePost } from "../helpers/posts.ts";

describe("archiveByYear", () => {
  it("groups newest-first posts by the year as written, newest year first", () => {
    const posts = [
      makePost({ slug: "d", date: "2021-01-01T00:30:00+02:00" }),
      makePost({ slug: "c", date: "2020-12-31" }),
      makePost({ slug: "b", date: "2020-01-01" }),
      makePost({ slug: "a", date: "2018-06-01" }),
    ];
    expect(archiveByYear(posts).map((year) => [year.year, year.posts.map((post) => post.slug)])).toEqual([
      ["2021", ["d"]],
      ["2020", ["c", "b"]],
      ["2018", ["a"]],
    ]);
    expect(archiveByYear([])).toEqual([]);
  });
});
