import { describe, expect, it } from "vitest";
import { intendedField } from "../../src/content/field-names.ts";

describe("intendedField", () => {
  it.each([
    ["titel", "title"],
    ["autor", "author"],
    ["tag", "tags"],
    ["Date", "date"],
    ["Title", "title"],
    ["descripton", "description"],
    ["comment", "comments"],
  ])("takes %s for a misspelt %s", (typo, field) => {
    expect(intendedField(typo)).toBe(field);
  });

  it.each(["title", "mood", "image", "series", "subtitle", "category", "weight", "layout"])("leaves %s alone", (name) => {
    expect(intendedField(name)).toBeUndefined();
  });
});
