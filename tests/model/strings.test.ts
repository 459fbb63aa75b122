import { describe, expect, it } from "vitest";
import { missingKeys, STRING_TABLES, stringsFor, stringWarnings, type StringEntry, type StringTable } from "../../src/model/strings.ts";
import { en } from "../../src/model/strings/en.ts";

const placeholders = (entry: StringEntry) => [...new Set(Object.values(typeof entry === "string" ? { other: entry } : entry).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

describe("the shipped string tables", () => {
  it("ship at least English, French, German, Spanish and Arabic", () => {
    expect(Object.keys(STRING_TABLES)).toEqual(expect.arrayContaining(["en", "fr", "de", "es", "ar"]));
  });

  it.each(Object.keys(STRING_TABLES))("%s has every string English has, and no other", (language) => {
    const table = STRING_TABLES[language]!;
    expect(missingKeys(table)).toEqual([]);
    expect(Object.keys(table).filter((key) => !(key in en))).toEqual([]);
  });

  it.each(Object.keys(STRING_TABLES))("%s fills in the same values as English, in every form", (language) => {
    const table = STRING_TABLES[language]!;
    for (const [key, entry] of Object.entries(table) as [keyof typeof en, StringEntry][]) {
      // A form may leave out {count} when it spells the number ("تدوينة واحدة"), but never names a value English does not give.
      const allowed = [...placeholders(en[key]), "count"];
      expect(placeholders(entry).filter((name) => !allowed.includes(name!)), `${language} ${key}`).toEqual([]);
      if (typeof en[key] === "string") expect(typeof entry, `${language} ${key} is counted in English only if it is in ${language}`).toBe("string");
    }
  });

  it.each(Object.keys(STRING_TABLES))("%s gives a form for every plural category its language has", (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, entry] of Object.entries(STRING_TABLES[language]!)) {
      if (typeof entry === "string") continue;
      expect(categories.filter((category) => (entry as Record<string, string>)[category] === undefined), `${language} ${key}`).toEqual([]);
    }
  });
});

describe("stringsFor", () => {
  it("counts with the language's plural rules: all six Arabic forms", () => {
    const ar = stringsFor("ar");
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.count("count.posts", n))).toEqual(["لا تدوينات", "تدوينة واحدة", "تدوينتان", "3 تدوينات", "11 تدوينة", "100 تدوينة"]);
    expect(stringsFor("en").count("count.posts", 1)).toBe("1 post");
    expect(stringsFor("en").count("count.comments", 2)).toBe("2 comments");
    expect(stringsFor("fr").count("count.posts", 0)).toBe("0 article");
  });

  it("writes the number the language's way", () => {
    expect(stringsFor("de").count("count.posts", 1200)).toBe("1.200 Beiträge");
    expect(stringsFor("en").count("count.posts", 1200)).toBe("1,200 posts");
  });

  it("takes a regional tag's table from its language: fr-CA speaks French", () => {
    expect(stringsFor("fr-CA").text("post.toc")).toBe("Table des matières");
  });

  it("falls back to English for a language with no table, keeping its numbers", () => {
    expect(stringsFor("ja").text("post.toc")).toBe("Table of contents");
  });

  it("falls back to English, counted the English way, for a string a table lacks", () => {
    const tables: Record<string, StringTable> = { en, xx: { "post.toc": "Contents in xx" } };
    const xx = stringsFor("xx", tables);
    expect(xx.text("post.toc")).toBe("Contents in xx");
    expect(xx.text("share.heading")).toBe("Share this post");
    expect(xx.count("count.posts", 2)).toBe("2 posts");
  });

  it("fills values in once: a title that looks like a placeholder stays as written", () => {
    expect(stringsFor("en").text("tag.title", { tag: "{site} & <b>" })).toBe("Tagged “{site} & <b>”");
    expect(stringsFor("en").text("archive.description", { site: "$& $1" })).toBe("Every post on $& $1, by year.");
  });

  it("cuts a string at its values for elements, in the language's order", () => {
    const link = { element: "a" };
    expect(stringsFor("fr").parts("post.movedTo", { link })).toEqual(["Cet article a été déplacé vers ", link, "."]);
    expect(stringsFor("ar").parts("notFound.home", { link })).toEqual([link, "، وفيها أحدث التدوينات؛"]);
  });
});

describe("stringWarnings", () => {
  it("says nothing for a language with a whole table", () => {
    for (const language of ["en", "fr", "de-AT", "es", "ar"]) expect(stringWarnings(language, "site.config.ts")).toEqual([]);
  });

  it("names a language with no table, once", () => {
    const warnings = stringWarnings("ja", "site.config.ts");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: "site.config.ts", field: "language", severity: "warning" });
    expect(warnings[0]!.message).toMatch(/^is "ja", for which Broadsheet has no strings, so the pages' own words are in English/);
  });

  it("names the language and the key of each missing string, with the English shown instead", () => {
    const tables: Record<string, StringTable> = { en, xx: { ...en } };
    delete tables.xx!["share.heading"];
    expect(stringWarnings("xx", "site.config.ts", tables).map((warning) => warning.message)).toEqual(['"xx" has no string "share.heading", so pages show the English "Share this post"']);
  });
});
