import { describe, expect, it } from "vitest";
import { canonicalLanguageTag, textDirection } from "../../src/content/language.ts";

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

describe("textDirection", () => {
  it.each(["ar", "he", "fa", "ur", "dv", "ku-Arab", "az-Arab", "syr", "ar-EG"])("writes %s right to left", (tag) => {
    expect(textDirection(tag)).toBe("rtl");
  });

  it.each(["en", "fr", "zh", "ja", "ku", "ar-Latn", "tr"])("writes %s left to right", (tag) => {
    expect(textDirection(tag)).toBe("ltr");
  });
});
