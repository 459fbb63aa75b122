import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/content/front-matter.ts";

const FILE = "posts/x.md";

describe("readFrontMatter", () => {
  it("reads YAML fields, keeps dates as the text written and records where each field is", () => {
    const result = readFrontMatter("---\ntitle: Hello\ndate: 2020-07-13\nextra: { nested: true }\n---\nBody\n", FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data).toEqual({ title: "Hello", date: "2020-07-13", extra: { nested: true } });
    expect(result.value.body).toBe("Body\n");
    expect(result.value.positions.get("date")).toEqual({ line: 3, column: 1 });
  });

  it("refuses a file without front matter", () => {
    expect(readFrontMatter("Just text\n", FILE)).toMatchObject({ ok: false, problems: [{ file: FILE, line: 1, message: expect.stringMatching(/no front matter/) }] });
  });

  // As gohugoio/hugoDocs content/en/news/0.62.2-relnotes/index.md is written; Hugo's lexIntroSection and Zola's split.rs skip the blank lines.
  it.each([
    ["\n---\ntitle: Hugo\ndate: 2019-12-11\n---\nBody\n", "yaml", 1],
    [" \n\t\n+++\ntitle = \"Zola\"\ndate = 2019-12-11\n+++\nBody\n", "toml", 2],
    ["\n{\n  \"title\": \"Hugo\",\n  \"date\": \"2019-12-11\"\n}\nBody\n", "json", 1],
  ])("reads front matter after blank lines, as Hugo and Zola do, with file lines: %j", (source, format, blank) => {
    const result = readFrontMatter(source, FILE);
    expect(result.ok && result.value).toMatchObject({ format, body: "Body\n" });
    expect(result.ok && result.value.positions.get("date")?.line).toBe(blank + 3);
    expect(result.ok && result.value.bodyLine).toBe(source.split("\n").indexOf("Body") + 1);
  });

  it("names the file line of a problem in front matter after blank lines", () => {
    expect(readFrontMatter("\n\n---\ntitle: \"unclosed\n---\nBody\n", FILE)).toMatchObject({ ok: false, problems: [{ line: 4, message: expect.stringMatching(/closing quote/) }] });
  });

  it("still refuses a file whose first line that is not blank is not a fence, naming that line", () => {
    expect(readFrontMatter("\n\ntitle: x\n---\nBody\n", FILE)).toMatchObject({ ok: false, problems: [{ file: FILE, line: 3, column: 1, message: expect.stringMatching(/no front matter/) }] });
  });

  it("records where a TOML table is opened, as the field it names", () => {
    const result = readFrontMatter('+++\ntitle = "T"\n[[images]]\n  src = "a.png"\n[taxonomies]\ntags = ["a"]\n+++\nBody\n', FILE);
    expect(result.ok && result.value.positions.get("images")).toEqual({ line: 3, column: 3 });
    expect(result.ok && result.value.positions.get("taxonomies")).toEqual({ line: 5, column: 2 });
  });

  it("refuses a block that is never closed", () => {
    expect(readFrontMatter("---\ntitle: x\n\nBody\n", FILE)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/never closed/) }] });
  });

  it.each([
    ["title: \"unclosed\ndate: 2020-07-13\n", 2, /closing quote/],
    ["title: a\n\tdate: 2020-07-13\n", 3, /tab is used for indentation/],
    ["title: a\ntitle: b\n", 3, /a field is given twice/],
  ])("reports broken YAML with its line: %j", (yaml, line, message) => {
    const result = readFrontMatter(`---\n${yaml}---\nBody\n`, FILE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ file: FILE, line, message: expect.stringMatching(message) });
  });

  it.each([
    ["- a\n- b\n", /is a list/],
    ["just a string\n", /is a single value/],
  ])("refuses front matter that is not a set of fields: %j", (yaml, message) => {
    const result = readFrontMatter(`---\n${yaml}---\nBody\n`, FILE);
    expect(!result.ok && result.problems[0]?.message).toMatch(message);
  });

  it.each(["js", "javascript", "coffee", "coffeescript", "ruby"])("refuses ---%s front matter without running it", (language) => {
    (globalThis as Record<string, unknown>).frontMatterRan = false;
    const result = readFrontMatter(`---${language}\n{ title: (globalThis.frontMatterRan = true) }\n---\nBody\n`, FILE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(/is refused/);
    expect((globalThis as Record<string, unknown>).frontMatterRan).toBe(false);
  });
});

describe("front matter from other engines", () => {
  it("reads TOML between +++ lines, keeping dates as written and nested tables", () => {
    const result = readFrontMatter('+++\ntitle = "Zola post"\ndate = 2014-11-18T00:00:00Z\n[taxonomies]\ntags = ["a", "b"]\n+++\nBody\n', FILE);
    expect(result.ok && result.value).toMatchObject({
      format: "toml",
      data: { title: "Zola post", date: "2014-11-18T00:00:00Z", taxonomies: { tags: ["a", "b"] } },
      body: "Body\n",
      bodyLine: 7,
    });
    expect(result.ok && result.value.positions.get("date")).toEqual({ line: 3, column: 1 });
  });

  it("reports broken TOML with its line", () => {
    const result = readFrontMatter('+++\ntitle = "ok"\ndate = = 2014\n+++\nBody\n', FILE);
    expect(!result.ok && result.problems[0]).toMatchObject({ file: FILE, line: 3, message: expect.stringMatching(/^broken TOML: /) });
  });

  it("reads JSON between ---json lines and as a bare object opening the file", () => {
    const fenced = readFrontMatter('---json\n{ "title": "Fenced", "date": "2020-01-01" }\n---\nBody\n', FILE);
    expect(fenced.ok && fenced.value.data).toEqual({ title: "Fenced", date: "2020-01-01" });
    const bare = readFrontMatter('{\n  "title": "Bare {braces} \\"quoted\\"",\n  "date": "2020-01-01"\n}\n\nBody\n', FILE);
    expect(bare.ok && bare.value).toMatchObject({ format: "json", data: { title: 'Bare {braces} "quoted"', date: "2020-01-01" }, body: "\nBody\n", bodyLine: 5 });
    expect(bare.ok && bare.value.positions.get("date")).toEqual({ line: 3, column: 3 });
  });

  it("reports broken JSON", () => {
    const result = readFrontMatter('{ "title": "x", }\nBody\n', FILE);
    expect(!result.ok && result.problems[0]?.message).toMatch(/^broken JSON: /);
  });
});
