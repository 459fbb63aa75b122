import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { withBanner } from "../../src/eleventy/dev-server.ts";
import type { Problem } from "../../src/model/problem.ts";

const PROBLEMS: Problem[] = [
  { file: "posts/a.md", line: 2, column: 1, field: "title", message: "is missing; expected the post's title" },
  { file: "posts/b.md", line: 3, column: 1, field: "date", message: "is missing; expected a date" },
];

describe("the dev server's problem banner", () => {
  it("speaks the language of the page it heads, and lists every problem line as npm run check prints it", () => {
    const $ = load(withBanner('<!doctype html>\n<html lang="fr" dir="ltr"><head></head><body><main>Page</main></body></html>', PROBLEMS));
    const banner = $("body > #broadsheet-problems");
    expect(banner.find("h2").text()).toBe("2 problèmes arrêtent la construction");
    expect(banner.find("p").text()).toBe("Voici le dernier site construit. Corrigez les fichiers ci-dessous et la page se rechargera d’elle-même.");
    expect(banner.find("li code").map((_, code) => $(code).text()).get()).toEqual(["posts/a.md:2:1: title: is missing; expected the post's title", "posts/b.md:3:1: date: is missing; expected a date"]);
  });

  it("counts in the page's plural forms, and is English on a page that names no language", () => {
    expect(load(withBanner('<html lang="ar" dir="rtl"><body></body></html>', PROBLEMS))("#broadsheet-problems h2").text()).toBe("مشكلتان توقفان البناء");
    expect(load(withBanner("<p>no document around it</p>", PROBLEMS.slice(0, 1)))("#broadsheet-problems h2").text()).toBe("1 problem stops the build");
  });
});
