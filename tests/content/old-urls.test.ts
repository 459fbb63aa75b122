import { describe, expect, it } from "vitest";
import { oldUrl } from "../../src/content/old-urls.ts";

describe("oldUrl", () => {
  it.each([
    ["/2019/01/old-post/", "/2019/01/old-post/"],
    ["2019/01/old-post", "/2019/01/old-post/"],
    ["/old-post.html", "/old-post.html"],
    ["/posts//double/", "/posts/double/"],
  ])("reads %j as %s", (input, url) => {
    expect(oldUrl(input)).toEqual({ ok: true, url });
  });

  it.each(["../x", "/a/../../b", "/a/./b", "/%2e%2e/x", "a\\b", "x\u0000y", "/a?b", "/"])("refuses %j", (input) => {
    expect(oldUrl(input)).toMatchObject({ ok: false, message: expect.stringMatching(/not a safe path/) });
  });

  it.each(["https://other.example/x", "//other.example/x", "javascript:alert(1)"])("refuses an address on another site: %j", (input) => {
    expect(oldUrl(input)).toMatchObject({ ok: false, message: expect.stringMatching(/another site/) });
  });
});
