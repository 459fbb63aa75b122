import { createHash } from "node:crypto";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { hashValue } from "../../src/publish/output-key.ts";

const hashOf = (value: unknown) => {
  const hash = createHash("sha256");
  hashValue(hash, value);
  return hash.digest("hex");
};

describe("the output key's hash of a value", () => {
  it("is the same for equal values however their strings were made, where V8's serializer differs", () => {
    const literal = "café";
    // Cut from a string with a character beyond Latin-1, V8 keeps it in two bytes a character.
    const cut = "café€".slice(0, 4);
    expect(cut).toBe(literal);
    expect(serialize(cut).equals(serialize(literal))).toBe(false);
    expect(hashOf({ title: cut, tags: [cut] })).toBe(hashOf({ title: literal, tags: [literal] }));
  });

  it("tells apart what a page could show differently", () => {
    const distinct = [
      { a: "xy", b: "" },
      { a: "x", b: "y" },
      { a: ["x", "y"] },
      { a: ["xy"] },
      { a: new Map([["x", "y"]]) },
      { a: { x: "y" } },
      { a: new Set(["x", "y"]) },
      { a: 1 },
      { a: "1" },
      { a: true },
      { a: null },
      { a: undefined },
      { a: new Date(0) },
      { b: 1 },
      {},
    ];
    const hashes = distinct.map(hashOf);
    expect(new Set(hashes).size).toBe(distinct.length);
    // A post's body is longer than the buffer the text is hashed through.
    const body = "<p>".concat("é".repeat(100_000), "</p>");
    expect(hashOf({ html: body })).not.toBe(hashOf({ html: body.replace("é</p>", "e</p>") }));
    expect(hashOf({ html: body })).toBe(hashOf({ html: "<p>".concat("é".repeat(100_000), "</p>") }));
  });

  it("writes a value met again once, so a post in many lists costs one writing, and a cycle ends", () => {
    const post = { title: "Alpha", html: "<p>words</p>" };
    const shared = { archive: [post], tag: [post] };
    expect(hashOf(shared)).toBe(hashOf({ archive: [post], tag: [post] }));
    expect(hashOf(shared)).not.toBe(hashOf({ archive: [post], tag: [{ ...post, title: "Beta" }] }));
    const cycle: Record<string, unknown> = { name: "loop" };
    cycle.self = cycle;
    expect(hashOf(cycle)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("never calls a value the same when it holds something it cannot see into, so that site is built again", () => {
    const render = () => "<p>";
    expect(hashOf({ render })).not.toBe(hashOf({ render }));
    const url = new URL("https://example.com/");
    expect(hashOf({ url })).not.toBe(hashOf({ url }));
  });
});
