import { describe, expect, it } from "vitest";
import { canonicalLanguageTag } from "../../src/content/language.ts";

describe("canonicalLanguageTag", () => {
  it("accepts BCP 47 tags in their canonical case", () => {
    expect(canonicalLanguageTag("ar")).toBe("ar");
    expect(canonicalLanguageTag("EN-gb")).toBe("en-GB");
    expect(canonicalLanguageTag("zh-hant-tw")).toBe("zh-Hant-TW");
  });

  it.each(["english", "en_US", "e", "", "x-private"])("refuses %j", (tag) => {
    expect(canonicalLanguageTag(tag)).toBeUndefined();
  });
});
