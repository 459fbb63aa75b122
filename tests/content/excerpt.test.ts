import { describe, expect, it } from "vitest";
import { excerptOf, metaDescriptionOf, truncateWords } from "../../src/content/excerpt.ts";

const long = "The first ferry leaves before the fish market opens, and by the time the cranes start their shift the quay is already full of people who have been awake for hours and hours.";

describe("metaDescriptionOf", () => {
  it("cuts the text on a word boundary at or before 160 characters, marked with an ellipsis", () => {
    const description = metaDescriptionOf(undefined, long);
    expect(long.length).toBeGreaterThan(160);
    expect(description).toBe("The first ferry leaves before the fish market opens, and by the time the cranes start their shift the quay is already full of people who have been awake for…");
    expect(description.length).toBeLessThanOrEqual(161);
    expect(long.startsWith(description.slice(0, -1))).toBe(true);
    expect(long[description.length - 1]).toBe(" ");
  });

  it("prefers the description and keeps a short one whole", () => {
    expect(metaDescriptionOf("Why the militias matter.", long)).toBe("Why the militias matter.");
  });
});

describe("excerptOf", () => {
  it("uses the description, else the text before <!-- more --> whole, else the first paragraph cut at 240 characters", () => {
    expect(excerptOf("Summary.", "First.", "Before more.")).toBe("Summary.");
    expect(excerptOf(undefined, "First.", `${long} ${long}`)).toBe(`${long} ${long}`);
    expect(excerptOf(undefined, `${long} ${long}`)).toBe(truncateWords(`${long} ${long}`, 240));
  });
});
