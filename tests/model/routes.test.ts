import { describe, expect, it } from "vitest";
import { absoluteUrl, listPageUrl, postUrl, relativeHref, rootRelativeUrl } from "../../src/model/routes.ts";

describe("relativeHref", () => {
  it.each([
    ["/", "/posts/a/", "posts/a/index.html"],
    ["/posts/a/", "/", "../../index.html"],
    ["/posts/a/", "/posts/b/", "../b/index.html"],
    ["/posts/a/", "/assets/style.css", "../../assets/style.css"],
    ["/", "/assets/style.css", "assets/style.css"],
    ["/posts/a/", "/posts/a/#comments", "#comments"],
    ["/404.html", "/posts/a/", "posts/a/index.html"],
    ["/page/2/", "/page/3/", "../3/index.html"],
  ])("from %s to %s is %s", (from, to, expected) => {
    expect(relativeHref(from, to)).toBe(expected);
  });

  it("resolves back to the target from the page's own location", () => {
    for (const [from, to] of [["/posts/a/", "/tags/x/"], ["/", "/posts/b/"], ["/tags/x/page/2/", "/"]] as const) {
      const resolved = new URL(relativeHref(from, to), `https://h${from}`).pathname;
      expect(resolved).toBe(to.endsWith("/") ? `${to}index.html` : to);
    }
  });
});

describe("absoluteUrl", () => {
  it("puts site URLs under the base URL, sub-path included", () => {
    expect(absoluteUrl("https://example.com/", "/posts/a/")).toBe("https://example.com/posts/a/");
    expect(absoluteUrl("https://example.com/blog/", "/posts/a/")).toBe("https://example.com/blog/posts/a/");
    expect(absoluteUrl("https://example.com/blog/", "/")).toBe("https://example.com/blog/");
  });
});

describe("rootRelativeUrl", () => {
  it("starts at the server's root and keeps the site's sub-path", () => {
    expect(rootRelativeUrl("https://example.com/", "/archive/")).toBe("/archive/");
    expect(rootRelativeUrl("https://example.com/blog/", "/archive/")).toBe("/blog/archive/");
    expect(rootRelativeUrl("https://example.com/blog/", "/")).toBe("/blog/");
    expect(rootRelativeUrl("https://example.com/blog/", "/assets/style.css")).toBe("/blog/assets/style.css");
    expect(rootRelativeUrl("https://example.com/blog/", "/posts/x/#comments")).toBe("/blog/posts/x/#comments");
  });
});

describe("listPageUrl", () => {
  it("names page URLs from the list URL", () => {
    expect(listPageUrl("/", 1)).toBe("/");
    expect(listPageUrl("/", 2)).toBe("/page/2/");
    expect(listPageUrl("/authors/a/", 10)).toBe("/authors/a/page/10/");
  });
});

describe("postUrl", () => {
  it.each([
    [undefined, "/posts/hello/"],
    ["/:year/:month/:day/:title/", "/2021/06/01/hello/"],
    ["/:year/:slug/", "/2021/hello/"],
    ["/:short_year/:i_month/:i_day/:slug/", "/21/6/1/hello/"],
    ["/blog/:slug/", "/blog/hello/"],
  ])("fills the pattern %j", (pattern, url) => {
    expect(postUrl("hello", "2021-06-01", pattern)).toBe(url);
  });
});
