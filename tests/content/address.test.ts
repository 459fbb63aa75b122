import { describe, expect, it } from "vitest";
import { addressFromFrontMatter, dateFromAddress } from "../../src/content/address.ts";

describe("addressFromFrontMatter", () => {
  // Hugo's front matter docs: `url: /about/`; Zola's page docs (getzola/zola docs/content/documentation/content/page.md): `path = "blog/my-post"`, from the site's root.
  it.each([
    ["/2019/03/my-post/", "/2019/03/my-post/", "my-post"],
    ["blog/my-post", "/blog/my-post/", "my-post"],
    ["/notes/Über Uns/", "/notes/Über Uns/", "ueber-uns"],
  ])("publishes the post at the folder address %j", (value, url, slug) => {
    expect(addressFromFrontMatter(value)).toEqual({ ok: true, url, slug });
  });

  it("redirects from a file address, which no post is published at", () => {
    expect(addressFromFrontMatter("/2019/my-post.html")).toEqual({ ok: true, redirect: "/2019/my-post.html", slug: "my-post" });
  });

  it.each(["https://other.example/post/", "/../etc/", "/a/%2e%2e/", "/", "/post?x=1"])("refuses %j", (value) => {
    expect(addressFromFrontMatter(value)).toMatchObject({ ok: false, message: expect.stringMatching(/expected a path on this site/) });
  });
});

describe("dateFromAddress", () => {
  it.each([
    ["/2020/01/10/name/", "2020-01-10"],
    ["/blog/2020-01-10-name/", "2020-01-10"],
    ["2020/01/10/name", "2020-01-10"],
    [["/old/", "/2021/12/31/x/"], "2021-12-31"],
  ])("reads the day of %j", (value, day) => {
    expect(dateFromAddress(value)).toBe(day);
  });

  it.each(["/2020/02/30/name/", "/2020/01/name/", "/posts/name/", "/12020/01/10/x/"])("finds no day in %j", (value) => {
    expect(dateFromAddress(value)).toBeUndefined();
  });
});
