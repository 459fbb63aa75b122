import { describe, expect, it } from "vitest";
import { neighboursOf } from "../../src/collections/neighbours.ts";
import { makePost } from "../helpers/posts.ts";

describe("neighboursOf", () => {
  it("links each post to the next older (previous) and the next newer (next)", () => {
    const [newest, middle, oldest] = [makePost({ slug: "c", date: "2020-03-01" }), makePost({ slug: "b", date: "2020-02-01" }), makePost({ slug: "a", date: "2020-01-01" })];
    const neighbours = neighboursOf([newest!, middle!, oldest!]);
    expect(neighbours.get("c")).toEqual({ previous: middle });
    expect(neighbours.get("b")).toEqual({ previous: oldest, next: newest });
    expect(neighbours.get("a")).toEqual({ next: middle });
    expect(neighboursOf([makePost({ slug: "x", date: "2020-01-01" })]).get("x")).toEqual({});
  });
});
