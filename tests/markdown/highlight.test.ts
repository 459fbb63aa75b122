import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { rendered } from "../helpers/markdown.ts";

describe("code highlighting", () => {
  it("marks up tokens at build time, with no script, in a focusable block", async () => {
    const { html } = await rendered('```python\ndef f(x):\n    return "<b>" # note\n```\n');
    const $ = load(html);
    const pre = $("pre");
    expect(pre.attr("tabindex")).toBe("0");
    expect(pre.attr("class")).toBe("language-python");
    expect($("code .token.keyword").first().text()).toBe("def");
    expect($("code .token.string").text()).toBe('"<b>"');
    expect($("code .token.comment").text()).toBe("# note");
    expect($("code").text()).toBe('def f(x):\n    return "<b>" # note\n');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
  });

  it("knows languages by their aliases", async () => {
    const $ = load((await rendered("```js\nconst a = 1;\n```\n\n```sh\necho hi\n```\n")).html);
    expect($("pre.language-js .token.keyword").text()).toBe("const");
    expect($("pre.language-sh .token.builtin").text()).toBe("echo");
  });

  it("shows code in an unknown language, or in none, escaped and unhighlighted", async () => {
    const $ = load((await rendered("```klingon\n<tlhIngan> & Hol\n```\n\n    indented <code>\n")).html);
    expect($("pre.language-klingon code").html()).toBe("&lt;tlhIngan&gt; &amp; Hol\n");
    expect($("pre").last().attr("tabindex")).toBe("0");
    expect($("pre").last().text()).toBe("indented <code>\n");
    expect($(".token").length).toBe(0);
  });

  it("escapes a language name that tries to break out of its attribute", async () => {
    const $ = load((await rendered('```"><script>x\ncode\n```\n')).html);
    expect($("script").length).toBe(0);
    expect($("pre").attr("class")).toBe('language-"><script>x');
  });
});
