import { describe, expect, it } from "vitest";
import { validateSettings } from "../../src/content/settings.ts";
import { ProblemsError } from "../../src/model/problem.ts";

describe("validateSettings", () => {
  it("fills defaults and ends the base URL with a slash", () => {
    expect(validateSettings({ title: "T", url: "https://example.com/blog" })).toEqual({
      title: "T",
      description: "",
      url: "https://example.com/blog/",
      language: "en",
      pageSize: 10,
      feedSize: 20,
      toc: false,
      comments: { provider: "none", enabled: true },
      socialCards: true,
      strictLinks: false,
    });
  });

  it("refuses a page or feed size that is not a positive whole number", () => {
    expect(() => validateSettings({ title: "T", url: "https://example.com/", pageSize: 0 })).toThrow(/pageSize: expected at least 1/);
    expect(() => validateSettings({ title: "T", url: "https://example.com/", feedSize: 2.5 })).toThrow(/feedSize: expected a whole number/);
    expect(() => validateSettings({ title: "T", url: "https://example.com/", pageSize: "10" })).toThrow(/pageSize: expected a whole number of posts per page/);
  });

  it("reports every bad setting, each by name", () => {
    let error: unknown;
    try {
      validateSettings({ title: " ", url: "example.com", colour: "red" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProblemsError);
    const fields = (error as ProblemsError).problems.map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(["title", "url", "(settings)"]));
    expect((error as ProblemsError).message).toMatch(/^site\.config\.ts: url: expected an absolute http\(s\) URL/m);
  });
});
