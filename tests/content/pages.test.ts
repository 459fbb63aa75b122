import type { MarkdownIt } from "markdown-it";
import { describe, expect, it } from "vitest";
import type { DocumentContext } from "../../src/content/document.ts";
import { resolveInSite, siteFolders } from "../../src/content/files.ts";
import { pagePath, parsePage } from "../../src/content/pages.ts";
import { validateSettings } from "../../src/content/settings.ts";
import { createImageProcessor } from "../../src/markdown/images.ts";
import { createMarkdown } from "../../src/markdown/index.ts";
import { formatProblem } from "../../src/model/problem.ts";
import { tempDir } from "../helpers/site.ts";

const md: MarkdownIt = createMarkdown();
const root = tempDir();
const settings = validateSettings({ title: "T", url: "https://example.com", language: "en" });
const context: DocumentContext = { root, settings, markdown: md, processImage: createImageProcessor(root), checkFile: (file) => resolveInSite(file, siteFolders(root)), staticFolders: ["public"] };
const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, sourcePath = "pages/about.md") => parsePage(bytes(text), sourcePath, context);
const lines = async (text: string, sourcePath?: string) => ((await parse(text, sourcePath)).problems ?? []).map(formatProblem);

describe("pagePath", () => {
  it("gives a page its address from its file, a folder page from its folder, each part a slug", () => {
    expect(pagePath("pages/about.md")).toBe("about");
    expect(pagePath("pages/contact/index.md")).toBe("contact");
    expect(pagePath("pages/docs/Set Up.markdown")).toBe("docs/set-up");
    // As post slugs do, German umlauts are spelt out.
    expect(pagePath("pages/Über uns.md")).toBe("ueber-uns");
  });
});

describe("parsePage", () => {
  it("builds the Page a template reads: no date, no author, comments off, not in the menu", async () => {
    const { page, problems } = await parse("---\ntitle: About\ndescription: Who we are.\nmood: calm\n---\n\nWe write *slowly*.\n");
    expect(problems).toBeUndefined();
    expect(page).toMatchObject({
      id: "pages/about",
      path: "about",
      url: "/about/",
      title: "About",
      description: "Who we are.",
      menu: false,
      order: undefined,
      draft: false,
      comments: false,
      toc: false,
      lang: "en",
      dir: "ltr",
      sourcePath: "pages/about.md",
      metaDescription: "Who we are.",
    });
    expect(page?.html).toBe("<p>We write <em>slowly</em>.</p>\n");
    expect(page?.data.mood).toBe("calm");
  });

  it("reads menu, order, lang, toc and comments, and Hugo's menu: main and weight", async () => {
    const { page } = await parse("---\ntitle: من نحن\nmenu: true\norder: 2\nlang: ar\ntoc: true\ncomments: true\n---\n\n## أ\n\n## ب\n\n## ج\n");
    expect(page).toMatchObject({ menu: true, order: 2, lang: "ar", dir: "rtl", toc: true, comments: true });
    expect((await parse("---\ntitle: A\nmenu: main\nweight: 7\n---\n\nx\n")).page).toMatchObject({ menu: true, order: 7 });
    expect((await parse("---\ntitle: A\nmenu:\n  main:\n    weight: 3\n---\n\nx\n")).page).toMatchObject({ menu: true, order: 3 });
    expect((await parse("---\ntitle: A\nmenu: [footer]\n---\n\nx\n")).page).toMatchObject({ menu: false });
  });

  it("names each bad field at its line, as a post's are", async () => {
    expect(await lines("---\ntitel: About\nmenu: often\norder: first\nlang: not a language\ncomments: yes please\n---\n\nx\n")).toEqual([
      'pages/about.md:2:1: titel: is not a field Broadsheet knows, and title is missing; did you mean "title"?',
      "pages/about.md:3:1: menu: is a string; expected true or false (true lists the page in the site's header)",
      "pages/about.md:4:1: order: is a string; expected a number that places the page in the header's menu, smallest first, for example 10",
      'pages/about.md:5:1: lang: "not a language" is not a BCP 47 language tag; expected one such as ar, fr or en-GB',
      "pages/about.md:6:1: comments: is a string; expected true or false (true gives the page a comments section)",
    ]);
  });

  it("refuses an empty page, a page without a title and one that is not UTF-8", async () => {
    expect(await lines("")).toEqual(["pages/about.md: the file is empty; expected front matter with a title, then the page"]);
    expect(await lines("   \n\n")).toEqual(["pages/about.md: the file is empty; expected front matter with a title, then the page"]);
    expect((await lines("---\ndescription: No title here.\n---\n\nx\n"))[0]).toMatch(/^pages\/about\.md: title: /);
    expect(await lines("x", "pages/about.md").then(() => parsePage(new Uint8Array([0xff, 0xfe, 0x00]), "pages/about.md", context)).then((outcome) => outcome.problems?.map(formatProblem))).toEqual([
      "pages/about.md: is not valid UTF-8 text; expected the file to be saved as UTF-8",
    ]);
  });

  it("refuses a missing image, relative or site-absolute, at its line, naming where it looked", async () => {
    expect(await lines("---\ntitle: A\n---\n\n![Map](map.png)\n\n![Logo](/images/logo.png)\n")).toEqual([
      "pages/about.md:5: image map.png does not exist (looked for pages/map.png); expected an image next to the page or in a folder inside pages/, written relative to it (![What it shows](images/photo.jpg)), or one in public/ written from the site's root (![What it shows](/images/photo.jpg))",
      "pages/about.md:7: image /images/logo.png does not exist (looked for public/images/logo.png); expected an image next to the page or in a folder inside pages/, written relative to it (![What it shows](images/photo.jpg)), or one in public/ written from the site's root (![What it shows](/images/photo.jpg))",
    ]);
  });

  it("links a site-absolute link relative to the page, keeping the address as written for the link check", async () => {
    const { page } = await parse("---\ntitle: A\n---\n\nThe [report](/files/report.pdf) and [archive](/archive/#2020).\n", "pages/docs/setup.md");
    expect(page?.html).toContain('<a href="../../files/report.pdf">report</a>');
    expect(page?.html).toContain('<a href="../../archive/index.html#2020">archive</a>');
    expect(page?.links).toEqual([
      { href: "../../files/report.pdf", written: "/files/report.pdf", line: 5, column: 5 },
      { href: "../../archive/index.html#2020", written: "/archive/#2020", line: 5, column: 37 },
    ]);
  });
});
