import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/cli/check.ts";
import { buildSite, runCommand } from "../helpers/build.ts";
import { FIXTURES, makeSite, page, post, tempDir } from "../helpers/site.ts";

/** Writes `files` (path under the site root → content) into `root`. */
function add(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** What `npm run check` prints for the site, one line each, without the count. */
async function problemLines(root: string): Promise<string[]> {
  const checked = await runCommand(check, ["--site", root, "--now", "2026-01-01"]);
  expect(checked.code).toBe(1);
  return checked.stderr.trim().split("\n").slice(0, -1);
}

const mark = readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png"));
const page1 = (title: string, fields: Record<string, unknown> = {}, body = "Page text.") => post({ title, ...fields }, body);

describe("pages, the header and public/, built", () => {
  it("publishes pages and folder pages beside the posts, never in a list, a feed or a tag, with public/ copied byte for byte", async () => {
    const root = makeSite({ "2024-01-02-first.md": post({ title: "First Post", author: "A", date: "2024-01-02", tags: ["news"] }, "See [the report](/files/report.pdf) and ![The mark](/images/mark.png)") });
    add(root, {
      "pages/about.md": page1("About Us", { menu: true, order: 2 }, "Who we are."),
      "pages/contact/index.md": page1("Contact", { menu: true, order: 1, description: "Write to us." }, "![Our stamp](stamp.png)\n\nOr fill in [the form](form.txt)."),
      "pages/contact/stamp.png": mark,
      "pages/contact/form.txt": "Name:\n",
      "pages/hidden.md": page1("Not In The Menu"),
      "pages/unfinished.md": page1("Unfinished", { draft: true }),
      "public/favicon.ico": new Uint8Array([0, 0, 1, 0, 0xff]),
      "public/CNAME": "blog.example.org\n",
      "public/_redirects": "/old /about/ 301\n",
      "public/.well-known/security.txt": "Contact: mailto:a@example.org\n",
      "public/files/report.pdf": "%PDF-1.4\n",
      "public/images/mark.png": mark,
      "public/.DS_Store": "clutter",
    });
    const built = await buildSite(root, { now: "2026-01-01" });
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    const read = (file: string) => readFileSync(path.join(built.outDir, file), "utf8");
    for (const file of ["favicon.ico", "CNAME", "_redirects", ".well-known/security.txt", "files/report.pdf", "images/mark.png"]) {
      expect(readFileSync(path.join(built.outDir, file)), file).toEqual(readFileSync(path.join(root, "public", file)));
    }
    expect(existsSync(path.join(built.outDir, ".DS_Store"))).toBe(false);
    expect(existsSync(path.join(built.outDir, "unfinished/index.html"))).toBe(false);

    const about = page(built.outDir, "about/index.html");
    expect(about("h1").text()).toBe("About Us");
    expect(about("time, .byline, .post-neighbours, #comments").length).toBe(0);
    const contact = page(built.outDir, "contact/index.html");
    expect(contact('img[alt="Our stamp"]').length).toBe(1);
    expect(read("contact/form.txt")).toBe("Name:\n");
    // Without nav: today's entries, then the pages with menu: true by order; the current one marked.
    expect(contact(".site-nav a").map((_, a) => contact(a).text()).get()).toEqual(["Archive", "Tags", "Search", "Contact", "About Us"]);
    expect(contact('.site-nav a[aria-current="page"]').text()).toBe("Contact");
    expect(page(built.outDir, "tags/news/index.html")('.site-nav a[aria-current="true"]').text()).toBe("Tags");

    const first = page(built.outDir, "posts/first/index.html");
    // A site-absolute link and image, looked up in public/: linked relative to the page, the image through the pipeline.
    expect(first('a:contains("the report")').attr("href")).toBe("../../files/report.pdf");
    expect(first('img[alt="The mark"]').attr("src")).toMatch(/^\.\.\/\.\.\/images\/[\w-]+-240\.png$/);
    // The footer: feeds to subscribe to, a copyright line, and no longer the site's description.
    expect(first("footer .subscribe a").map((_, a) => first(a).attr("href")).get()).toEqual(["../../feed.xml", "../../rss.xml", "../../feed.json"]);
    expect(first("footer .copyright").text()).toBe("© 2024 Fixture Blog");
    expect(first("footer").text()).not.toContain("A site built by the tests.");

    for (const file of ["index.html", "archive/index.html", "tags/news/index.html", "feed.xml", "rss.xml", "feed.json"]) {
      expect(read(file), file).not.toMatch(/About Us<\/a>\s*<\/h2>|Not In The Menu|Contact<\/title>|"title":"Contact"/);
      expect(page(built.outDir, "index.html")("main").text()).not.toMatch(/About Us|Contact|Not In The Menu/);
    }
    expect(read("sitemap.xml")).toContain("<loc>https://blog.example.org/about/</loc>");
    expect(read("sitemap.xml")).toContain("<loc>https://blog.example.org/contact/</loc>");
    expect(read("sitemap.xml")).not.toContain("unfinished");
    // The search index holds the post and the three published pages.
    const entry = JSON.parse(read("pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(4);
  });

  it("publishes a moved Jekyll site's assets/ beside the theme's own files, and its posts show pictures from there", async () => {
    const root = makeSite({ "2019-05-06-trip.md": post({ title: "Trip", author: "A", date: "2019-05-06" }, "![The mark](/assets/images/mark.png)\n\nThe [slides](/assets/files/slides.txt).") });
    add(root, { "public/assets/images/mark.png": mark, "public/assets/files/slides.txt": "Slide one.\n", "public/assets/css/old-theme.css": "body{}" });
    const built = await buildSite(root, { now: "2026-01-01" });
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    for (const file of ["assets/images/mark.png", "assets/files/slides.txt", "assets/css/old-theme.css"]) {
      expect(readFileSync(path.join(built.outDir, file)), file).toEqual(readFileSync(path.join(root, "public", file)));
    }
    // The theme's files are there as ever, beside them.
    expect(readFileSync(path.join(built.outDir, "assets/style.css"), "utf8")).toContain("@font-face");
    const $ = page(built.outDir, "posts/trip/index.html");
    expect($('img[alt="The mark"]').length).toBe(1);
    expect($('a:contains("slides")').attr("href")).toBe("../../assets/files/slides.txt");
  });

  it("takes the header from nav, in its order, to pages, list pages, tags and other sites, with profiles and a licence in the footer", async () => {
    const root = makeSite(
      { "2024-01-02-first.md": post({ title: "First Post", author: "A", date: "2024-01-02", tags: ["news"] }) },
      {
        nav: [
          { title: "News", url: "/tags/news/" },
          { title: "About", url: "/about/" },
          { title: "Code", url: "https://github.com/example" },
        ],
        profiles: [{ title: "Mastodon", url: "https://mastodon.example/@me" }, { title: "Email", url: "mailto:me@example.org" }],
        copyright: "© The Fixture Writers",
        license: { title: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
      },
    );
    add(root, { "pages/about.md": page1("About", { menu: false }) });
    const built = await buildSite(root, { now: "2026-01-01" });
    expect(built.code).toBe(0);
    const $ = page(built.outDir, "about/index.html");
    expect($(".site-nav a").map((_, a) => `${$(a).text()} ${$(a).attr("href")}`).get()).toEqual(["News ../tags/news/index.html", "About index.html", "Code https://github.com/example"]);
    expect($(".site-nav a[aria-current]").text()).toBe("About");
    expect($('footer a[rel="me"]').map((_, a) => $(a).attr("href")).get()).toEqual(["https://mastodon.example/@me", "mailto:me@example.org"]);
    expect($("footer .copyright").text()).toBe("© The Fixture Writers · CC BY 4.0");
    expect($('footer a[rel="license"]').attr("href")).toBe("https://creativecommons.org/licenses/by/4.0/");
  });
});

describe("pages, the header and public/, written carelessly or with hostile intent", () => {
  it("names both owners of every clashing address, a page named like a post, an empty page and a missing public/ file", async () => {
    const root = makeSite({ "2024-01-02-first.md": post({ title: "First", author: "A", date: "2024-01-02", tags: ["news"] }, "A [missing file](/files/gone.pdf) and ![a missing image](/images/gone.png)") });
    add(root, {
      "pages/posts/first.md": page1("Same As The Post"),
      "pages/tags.md": page1("Tags Page"),
      "pages/about.md": page1("About"),
      "pages/about/index.md": page1("About Again"),
      "pages/empty.md": "",
      "public/feed.xml": "<feed/>",
      "public/index.html": "<p>hi</p>",
      "public/about/index.html": "<p>about</p>",
      "public/assets/style.css": "body{}",
    });
    const clashes = [
      "pages/empty.md: the file is empty; expected front matter with a title, then the page",
      "pages/about/index.md: gives the URL /about/, which pages/about.md has already; expected each address to belong to one page (rename or move pages/about/index.md)",
      "pages/tags.md: gives the URL /tags/, which the list of tags has already; expected each address to belong to one page (rename or move pages/tags.md)",
      "public/about/index.html: would be copied to /about/index.html, which pages/about.md has already; expected each address to belong to one file (rename or remove public/about/index.html)",
      "public/assets/style.css: would be copied to /assets/style.css, which the theme's stylesheet has already; expected each address to belong to one file (rename or remove public/assets/style.css)",
      "public/feed.xml: would be copied to /feed.xml, which the Atom feed has already; expected each address to belong to one file (rename or remove public/feed.xml)",
      "public/index.html: would be copied to /index.html, which the home page has already; expected each address to belong to one file (rename or remove public/index.html)",
    ];
    // The post with a missing image is not read, so nothing claims its address yet.
    expect(await problemLines(root)).toEqual([
      "posts/2024-01-02-first.md:8: image /images/gone.png does not exist (looked for public/images/gone.png); expected an image next to the post or in a folder inside posts/, written relative to it (![What it shows](images/photo.jpg)), or one in public/ written from the site's root (![What it shows](/images/photo.jpg))",
      ...clashes,
    ]);
    // Once the image is fixed, the post owns its address and its link to a file public/ lacks stops the build, strictLinks or not.
    writeFileSync(path.join(root, "posts", "2024-01-02-first.md"), post({ title: "First", author: "A", date: "2024-01-02", tags: ["news"] }, "A [missing file](/files/gone.pdf)."));
    expect(await problemLines(root)).toEqual([
      ...clashes.slice(0, 2),
      "pages/posts/first.md: gives the URL /posts/first/, which posts/2024-01-02-first.md has already; expected each address to belong to one page (rename or move pages/posts/first.md)",
      ...clashes.slice(2),
      "posts/2024-01-02-first.md:8:3: links to /files/gone.pdf, which is no file of this site (looked for public/files/gone.pdf); expected the file in public/, which is copied to the site's root as it is",
    ]);
  });

  it("refuses a symlink out of public/ and a nav entry to a page the site does not have, at its line in site.config.ts", async () => {
    const outside = tempDir("broadsheet-elsewhere-");
    writeFileSync(path.join(outside, "secret.txt"), "private\n");
    const root = makeSite({ "2024-01-02-first.md": post({ title: "First", author: "A", date: "2024-01-02" }) }, { nav: [{ title: "About", url: "/about/" }, { title: "Archive", url: "/archive/" }] });
    mkdirSync(path.join(root, "public"));
    symlinkSync(path.join(outside, "secret.txt"), path.join(root, "public", "secret.txt"));
    const lines = await problemLines(root);
    expect(lines).toEqual([
      `public/secret.txt: is a link to ${path.join(outside, "secret.txt")}, outside the site's folders (posts/, pages/, comments/, public/); expected the file itself, copied into the site, as only the site's own files are published`,
      `site.config.ts:${configLine(root, '"/about/"')}: nav.0.url: "/about/" is no page of this site; expected the address of a page, a list page, a tag or a file it publishes, such as "/archive/"`,
    ]);
  });
});

/** `line:column` of the first place `text` is written in the site's settings file. */
function configLine(root: string, text: string): string {
  const lines = readFileSync(path.join(root, "site.config.ts"), "utf8").split("\n");
  const line = lines.findIndex((candidate) => candidate.includes(text));
  return `${line + 1}:${lines[line]!.indexOf(text) + 1}`;
}
