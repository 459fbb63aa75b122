import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { createCommentMarkdown } from "../../src/comments/markdown.ts";

const md = createCommentMarkdown();
const render = (source: string) => load(md.render(source), null, false);

describe("the comment markdown instance", () => {
  it("shows raw HTML as text instead of passing it through", () => {
    const $ = render('<script>alert(1)</script>\n\nA <b onmouseover="alert(2)">tag</b> and <img src="https://tracker.example/p.gif">.\n\n<div>block</div>');
    expect($("script, b, img, div").length).toBe(0);
    expect($.root().text()).toContain("<script>alert(1)</script>");
    expect($.root().text()).toContain("<div>block</div>");
  });

  it("never turns javascript:, vbscript: or data: URLs into links, in any spelling or form", () => {
    const hostile = [
      "[a](javascript:alert(1))",
      "[b](JavaScript:alert(1))",
      "[c](vbscript:msgbox(1))",
      "[d](data:text/html;base64,PHNjcmlwdD4=)",
      "[e](data:image/png;base64,iVBORw0KGgo=)",
      "[f](file:///etc/passwd)",
      "<javascript:alert(1)>",
      "[g][ref]\n\n[ref]: javascript:alert(1)",
      "[h](&#106;avascript:alert(1))",
    ];
    for (const source of hostile) {
      const $ = render(source);
      expect($("a").length, source).toBe(0);
    }
  });

  it("links http(s), mailto and relative URLs, each marked nofollow ugc, bare URLs included", () => {
    const $ = render("[site](https://example.org/a?b=1&c=2), [mail](mailto:someone@example.org), [here](#comments), <http://example.net/x> and https://bare.example.com/y");
    const links = $("a").map((_, a) => ({ href: $(a).attr("href"), rel: $(a).attr("rel") })).get();
    expect(links.map((link) => link.href)).toEqual(["https://example.org/a?b=1&c=2", "mailto:someone@example.org", "#comments", "http://example.net/x", "https://bare.example.com/y"]);
    expect(links.every((link) => link.rel === "nofollow ugc")).toBe(true);
  });

  it("loads no images and makes no headings: a comment cannot fetch from other hosts or break the outline", () => {
    const $ = render("![pixel](https://tracker.example/p.png)\n\n# Shouting\n\nTitle\n=====\n\n###### small");
    expect($("img").length).toBe(0);
    expect($("h1, h2, h3, h4, h5, h6").length).toBe(0);
    expect($("p").length).toBe(4);
  });

  it("keeps the rest of Markdown: emphasis, lists, code, quotes", () => {
    const $ = render('*em* **strong** `code`\n\n- one\n- two\n\n> quoted\n\n"curly"');
    expect($("em").text()).toBe("em");
    expect($("strong").text()).toBe("strong");
    expect($("code").text()).toBe("code");
    expect($("ul > li").length).toBe(2);
    expect($("blockquote").text().trim()).toBe("quoted");
    expect($("p").last().text()).toBe("“curly”");
  });
});
