import { load } from "cheerio";
import { renderToString } from "preact-render-to-string";
import { h } from "preact";
import { describe, expect, it } from "vitest";
import { JsonLd, scriptSafeJson } from "../../../templates/components/JsonLd.tsx";

const hostile = {
  headline: 'He said "</script><script>alert(1)</script>" & left',
  comment: "<!-- not a comment --> ]]> \u2028line\u2029para \u0000\u001f tab\t",
  nested: { list: ["</SCRIPT>", "<!--<script>"] },
};

describe("scriptSafeJson", () => {
  it("reads back as the same value and holds no character that could end or confuse a script element", () => {
    const json = scriptSafeJson(hostile);
    expect(JSON.parse(json)).toEqual(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
  });
});

describe("JsonLd", () => {
  it("renders one script element whose text parses back to the data, whatever the strings hold", () => {
    const html = `<!doctype html><html><head>${renderToString(h(JsonLd, { data: hostile }))}</head><body><p>after</p></body></html>`;
    const $ = load(html);
    const scripts = $("script");
    expect(scripts.length).toBe(1);
    expect(scripts.attr("type")).toBe("application/ld+json");
    expect(JSON.parse(scripts.text())).toEqual(hostile);
    expect($("body p").text()).toBe("after");
  });
});
