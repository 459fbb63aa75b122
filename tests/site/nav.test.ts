import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateSettings } from "../../src/content/settings.ts";
import type { Page } from "../../src/model/page.ts";
import { defaultNav, menuPages, siteNav } from "../../src/site/nav.ts";
import { tempDir } from "../helpers/site.ts";

/** A page as the loader makes it, with only what the menu reads filled in. */
function pageOf(url: string, title: string, menu: boolean, order?: number): Page {
  return { url, title, menu, order } as Page;
}

const pages = [pageOf("/zeta/", "Zeta", true), pageOf("/contact/", "Contact", true, 2), pageOf("/hidden/", "Hidden", false, 0), pageOf("/about/", "About", true, 2), pageOf("/alpha/", "Alpha", true), pageOf("/first/", "First", true, -1)];

describe("menuPages", () => {
  it("lists the pages with menu: true, smallest order first, ties by address, then the pages without an order by title", () => {
    expect(menuPages(pages).map((page) => page.url)).toEqual(["/first/", "/about/", "/contact/", "/alpha/", "/zeta/"]);
  });
});

describe("siteNav", () => {
  const routes = new Map([
    ["archive/index.html", "the archive"],
    ["about/index.html", "pages/about.md"],
    ["files/report.pdf", "public/files/report.pdf"],
  ]);

  it("without nav, gives today's entries and then the menu's pages", async () => {
    const settings = validateSettings({ title: "T", url: "https://example.com/" });
    const { nav, problems } = await siteNav({ root: tempDir(), settings, pages, routes });
    expect(problems).toEqual([]);
    expect(nav.map((link) => link.title)).toEqual(["Archive", "Tags", "Search", "First", "About", "Contact", "Alpha", "Zeta"]);
  });

  it("without nav, names the list pages in the site's language", async () => {
    const settings = validateSettings({ title: "T", url: "https://example.com/", language: "fr" });
    const { nav } = await siteNav({ root: tempDir(), settings, pages: [], routes });
    expect(nav.map((link) => link.title)).toEqual(["Archives", "Étiquettes", "Recherche"]);
    expect(defaultNav("de").map((link) => link.url)).toEqual(["/archive/", "/tags/", "/search/"]);
  });

  it("with nav, keeps its order and names each address the site does not have, at its line", async () => {
    const root = tempDir();
    const source = 'export default {\n  title: "T",\n  url: "https://example.com/",\n  nav: [\n    { title: "About", url: "/about" },\n    { title: "Report", url: "/files/report.pdf" },\n    { title: "Gone", url: "/gone/" },\n    { title: "Code", url: "https://github.com/you" },\n  ],\n};\n';
    writeFileSync(path.join(root, "site.config.ts"), source);
    const settings = validateSettings({ title: "T", url: "https://example.com/", nav: [{ title: "About", url: "/about" }, { title: "Report", url: "/files/report.pdf" }, { title: "Gone", url: "/gone/" }, { title: "Code", url: "https://github.com/you" }] });
    const { nav, problems } = await siteNav({ root, settings, pages: [pageOf("/about/", "About", false)], routes });
    expect(nav).toEqual([
      { title: "About", url: "/about", external: false },
      { title: "Report", url: "/files/report.pdf", external: false },
      { title: "Gone", url: "/gone/", external: false },
      { title: "Code", url: "https://github.com/you", external: true },
    ]);
    expect(problems).toEqual([
      {
        file: "site.config.ts",
        line: 7,
        column: 27,
        field: "nav.2.url",
        message: '"/gone/" is no page of this site; expected the address of a page, a list page, a tag or a file it publishes, such as "/archive/" or "/about/"',
      },
    ]);
  });
});
