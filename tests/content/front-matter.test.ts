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

  it.each(["js", "javascript", "coffee", "toml", "json"])("refuses ---%s front matter without running it", (language) => {
    (globalThis as Record<string, unknown>).frontMatterRan = false;
    const result = readFrontMatter(`---${language}\n{ title: (globalThis.frontMatterRan = true) }\n---\nBody\n`, FILE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(/is refused/);
    expect((globalThis as Record<string, unknown>).frontMatterRan).toBe(false);
  });
});
