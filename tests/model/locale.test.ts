import { describe, expect, it } from "vitest";
import { formatDay, textDirection } from "../../src/model/locale.ts";

describe("formatDay", () => {
  it("shows 2020-07-13 as July 13, 2020 in English", () => {
    expect(formatDay("2020-07-13", "en")).toBe("July 13, 2020");
  });

  it("shows the first and last day of a year without shifting them", () => {
    expect(formatDay("2021-01-01", "en")).toBe("January 1, 2021");
    expect(formatDay("2020-12-31", "en")).toBe("December 31, 2020");
  });

  it("follows the site's language", () => {
    expect(formatDay("2020-07-13", "fr")).toBe("13 juillet 2020");
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
