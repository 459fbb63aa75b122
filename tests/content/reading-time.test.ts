import { describe, expect, it } from "vitest";
import { countWords, readingMinutes, WORDS_PER_MINUTE } from "../../src/content/reading-time.ts";

describe("countWords", () => {
  it("counts words of any script, with apostrophes and hyphens inside words", () => {
    expect(countWords("The harbour's first-ferry leaves at 6:10.")).toBe(7);
    expect(countWords("يعدّ الموظف الركاب عند السلم")).toBe(5);
    expect(countWords("  \n ")).toBe(0);
  });

  it("counts each character of scripts written without spaces", () => {
    expect(countWords("北京欢迎你")).toBe(5);
  });
});

describe("readingMinutes", () => {
  it("rounds to the nearest minute at the documented pace, and is never zero", () => {
    expect(WORDS_PER_MINUTE).toBe(220);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(329)).toBe(1);
    expect(readingMinutes(331)).toBe(2);
    expect(readingMinutes(1100)).toBe(5);
  });
});
