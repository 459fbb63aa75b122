import { describe, expect, it } from "vitest";
import { groupSlug, slugFromFileName, slugFromFrontMatter, toSlug } from "../../src/content/slug.ts";

describe("slugFromFileName", () => {
  it("drops the extension and a leading YYYY-MM-DD- date", () => {
    expect(slugFromFileName("2020-07-13-deteriorating-security-situation-in-iraq.md")).toBe("deteriorating-security-situation-in-iraq");
    expect(slugFromFileName("2020-7-3-short-date.markdown")).toBe("short-date");
  });

  it("lower-cases and makes the name ASCII-safe", () => {
    expect(slugFromFileName("Ünïcödé Notes & Thoughts.md")).toBe("uenicoede-notes-and-thoughts");
  });

  it("keeps a file name that is only a date", () => {
    expect(slugFromFileName("2020-07-13.md")).toBe("2020-07-13");
  });
});

describe("toSlug", () => {
  it("transliterates non-Latin text it knows", () => {
    expect(toSlug("الوضع الأمني")).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives a stable, usable slug for text it cannot transliterate", () => {
    const slug = toSlug("日本語のタイトル");
    expect(slug).toMatch(/^post-[0-9a-f]{8}$/);
    expect(toSlug("日本語のタイトル")).toBe(slug);
    expect(toSlug("別のタイトル")).not.toBe(slug);
  });
});

describe("slugFromFrontMatter", () => {
  it("normalises an ordinary slug", () => {
    expect(slugFromFrontMatter("My First Post")).toEqual({ ok: true, slug: "my-first-post" });
  });

  it.each(["../x", "/etc/x", "a/../../b", "%2e%2e", "%2E%2E%2Fx", "a\\b", "x\u0000y", ".hidden", ".."])("refuses %j, which could escape its folder", (value) => {
    const result = slugFromFrontMatter(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/outside the post's folder/);
  });
});

describe("groupSlug", () => {
  it("gives a name it cannot spell a slug no written name can have", () => {
    expect(groupSlug("東京", "tag")).toMatch(/^tag_[0-9a-f]{8}$/);
    expect(groupSlug("東京", "author")).toMatch(/^author_[0-9a-f]{8}$/);
    expect(groupSlug(groupSlug("東京", "tag"), "tag")).toBe(groupSlug("東京", "tag").replace("_", "-"));
    expect(groupSlug("Middle East", "tag")).toBe("middle-east");
  });
});
