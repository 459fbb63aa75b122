import { describe, expect, it } from "vitest";
import { fieldInOtherCase, intendedField } from "../../src/content/field-names.ts";

describe("intendedField", () => {
  it.each([
    ["titel", "title"],
    ["autor", "author"],
    ["tgas", "tags"],
    ["update", "updated"],
    ["pubdat", "pubDate"],
    ["Date", "date"],
    ["Title", "title"],
    ["descripton", "description"],
    ["comment", "comments"],
  ])("takes %s for a misspelt %s", (typo, field) => {
    expect(intendedField(typo)).toBe(field);
  });

  it.each(["title", "mood", "image", "series", "subtitle", "category", "tag", "modified", "weight", "layout"])("leaves %s alone", (name) => {
    expect(intendedField(name)).toBeUndefined();
  });
});

describe("fieldInOtherCase", () => {
  it.each([
    ["Title", "title"],
    ["DATE", "date"],
    ["Tags", "tags"],
    ["publishdate", "publishDate"],
    ["LastMod", "lastmod"],
    ["imagealt", "imageAlt"],
  ])("reads %s as %s, as Hugo reads keys in any case", (written, field) => {
    expect(fieldInOtherCase(written)).toBe(field);
  });

  it.each(["title", "pubDate", "titel", "mood"])("leaves %s alone: known as written, or no field in another case", (name) => {
    expect(fieldInOtherCase(name)).toBeUndefined();
  });
});
