import { mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import { describe, expect, it } from "vitest";
import { resolveInSite, siteFolders } from "../../src/content/files.ts";
import { createPostLoader, parsePost, type PostContext } from "../../src/content/posts.ts";
import { validateSettings } from "../../src/content/settings.ts";
import { createImageProcessor } from "../../src/markdown/images.ts";
import { createMarkdown } from "../../src/markdown/index.ts";
import type { Settings } from "../../src/model/settings.ts";
import { FIXTURES, makeSite, tempDir } from "../helpers/site.ts";

const md: MarkdownIt = createMarkdown();
const config = validateSettings({ title: "T", url: "https://example.com" });
const withDefault = validateSettings({ title: "T", url: "https://example.com", defaultAuthor: "Default Writer" });
const bytes = (text: string) => new TextEncoder().encode(text);
/** A site root for posts without images: nothing is read from it. */
const root = tempDir();
/** What parsePost needs besides the file: the site and the shared renderers. */
const contextOf = (settings: Settings, siteRoot = root): PostContext => ({ root: siteRoot, settings, markdown: md, processImage: createImageProcessor(siteRoot), checkFile: (file) => resolveInSite(file, siteFolders(siteRoot)), staticFolders: ["public"] });

describe("parsePost", () => {
  it("builds the Post every page reads", async () => {
    const { post } = await parsePost(bytes("---\ntitle: A Title\nauthor: Ann\ndate: 2020-07-13\ntags: [iraq]\nmood: calm\n---\n\nFirst *paragraph*.\n\nSecond.\n"), "posts/2020-07-13-a-title.md", contextOf(config));
    expect(post).toMatchObject({
      id: "a-title",
      slug: "a-title",
      url: "/posts/a-title/",
      title: "A Title",
      author: "Ann",
      date: { day: "2020-07-13" },
      tags: ["iraq"],
      draft: false,
      comments: true,
      excerpt: "First paragraph.",
      sourcePath: "posts/2020-07-13-a-title.md",
    });
    expect(post?.html).toBe("<p>First <em>paragraph</em>.</p>\n<p>Second.</p>\n");
    expect(post?.data.mood).toBe("calm");
  });

  it("takes the slug from front matter over the file name", async () => {
    const { post } = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\nslug: Chosen Slug\n---\nx\n"), "posts/2020-01-01-file-name.md", contextOf(config));
    expect(post?.url).toBe("/posts/chosen-slug/");
  });

  it("uses the site's default author when a post names none, and requires one otherwise", async () => {
    const text = bytes("---\ntitle: T\ndate: 2020-01-01\n---\nx\n");
    expect((await parsePost(text, "posts/t.md", contextOf(withDefault))).post?.author).toBe("Default Writer");
    expect((await parsePost(text, "posts/t.md", contextOf(config))).problems).toEqual([
      { file: "posts/t.md", field: "author", message: expect.stringMatching(/is missing.*defaultAuthor/) },
    ]);
  });

  it("names the file, line and field of every problem at once", async () => {
    const { problems } = await parsePost(bytes("---\ntitle: [a, b]\nauthor: A\ndate: 2020-02-30\n---\nx\n"), "posts/bad.md", contextOf(config));
    expect(problems).toEqual([
      { file: "posts/bad.md", line: 2, column: 1, field: "title", message: expect.stringMatching(/is a list; expected the post's title/) },
      { file: "posts/bad.md", line: 4, column: 1, field: "date", message: expect.stringMatching(/not a real date/) },
    ]);
  });

  it("accepts a byte-order mark and CRLF line endings like their plain twins", async () => {
    const plain = (await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\nLine one\nline two\n"), "posts/t.md", contextOf(config))).post;
    const windows = (await parsePost(bytes("\uFEFF---\r\ntitle: T\r\nauthor: A\r\ndate: 2020-01-01\r\n---\r\nLine one\r\nline two\r\n"), "posts/t.md", contextOf(config))).post;
    expect(windows).toEqual(plain);
  });

  it("refuses invalid UTF-8 and empty files", async () => {
    expect((await parsePost(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]), "posts/bin.md", contextOf(config))).problems?.[0]?.message).toMatch(/not valid UTF-8/);
    expect((await parsePost(bytes("  \n"), "posts/empty.md", contextOf(config))).problems?.[0]?.message).toMatch(/empty/);
  });
});

describe("parsePost: what the post page shows", () => {
  const auto = validateSettings({ title: "T", url: "https://example.com", toc: "auto" });
  const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(" ");

  it("derives the reading time, headings, language, direction and meta description once", async () => {
    const { post } = await parsePost(bytes(`---\ntitle: T\nauthor: A\ndate: 2020-01-01\nlang: AR-eg\n---\n\n## أولا\n\n${words(1100)}\n`), "posts/t.md", contextOf(config));
    expect(post).toMatchObject({ readingMinutes: 5, lang: "ar-EG", dir: "rtl", toc: false });
    // No picture of its own: it is shared with its social card, drawn when the site is built.
    expect(post?.image).toEqual({ url: post?.card?.url, width: 1200, height: 630, alt: "T · T" });
    expect(post?.assets).toEqual([{ from: post?.card?.file, to: post?.card?.url }]);
    expect(post?.card).toMatchObject({ title: "T", dir: "rtl", siteDir: "ltr" });
    expect(post?.headings).toEqual([{ level: 2, id: "أولا", text: "أولا" }]);
    expect(post?.metaDescription.length).toBeLessThanOrEqual(161);
    expect(post?.metaDescription.endsWith("…")).toBe(true);
  });

  it("takes the site's language when the post names none", async () => {
    const { post } = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\nx\n"), "posts/t.md", contextOf(config));
    expect(post).toMatchObject({ lang: "en", dir: "ltr" });
  });

  it("shows a table of contents by front matter, or by the site's auto setting from three sections on", async () => {
    const sections = (count: number) => Array.from({ length: count }, (_, i) => `## Part ${i}\n\nText.\n`).join("\n");
    const parse = async (fields: string, body: string, site = auto) => (await parsePost(bytes(`---\ntitle: T\nauthor: A\ndate: 2020-01-01\n${fields}---\n${body}`), "posts/t.md", contextOf(site))).post?.toc;
    expect(await parse("", sections(3))).toBe(true);
    expect(await parse("", sections(2))).toBe(false);
    expect(await parse("toc: false\n", sections(3))).toBe(false);
    expect(await parse("toc: true\n", sections(1), config)).toBe(true);
    expect(await parse("", sections(3), config)).toBe(false);
  });

  it("names the line of a bad lang, toc or image, with every other problem of the post", async () => {
    const { problems } = await parsePost(
      bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\nlang: english\ntoc: yes\nimage: images/cover.jpg\n---\n\n![Map](map.png)\n"),
      "posts/bad.md", contextOf(config));
    expect(problems).toEqual([
      { file: "posts/bad.md", line: 5, column: 1, field: "lang", message: expect.stringMatching(/^"english" is not a BCP 47 language tag; expected one such as ar/) },
      { file: "posts/bad.md", line: 6, column: 1, field: "toc", message: expect.stringMatching(/^is a string; expected true or false/) },
      { file: "posts/bad.md", line: 7, column: 1, field: "image", message: expect.stringMatching(/^images\/cover\.jpg does not exist/) },
      { file: "posts/bad.md", line: 10, message: expect.stringMatching(/^image map\.png does not exist \(looked for posts\/map\.png\)/) },
    ]);
  });
});

describe("Jekyll's {{ page.title }}", () => {
  it("shows the post's title where the body names it, once, with no warning", async () => {
    // mojombo/mojombo.github.io _posts/2010-12-11-designer-architect-developer.md, as written.
    const source = "---\nlayout: post\ntitle: Designer, Architect, Developer\n---\n\n{{ page.title }}\n================\n\n<p class=\"meta\">11 Dec 2010 - San Francisco</p>\n\nI've written a nice blog post.\n";
    const { post, warnings } = await parsePost(bytes(source), "posts/2010-12-11-designer-architect-developer.md", contextOf(withDefault));
    // The heading repeats the title the page's header shows: it is shown once.
    expect(post?.html).not.toContain("<h1");
    expect(post?.html).not.toContain("page.title");
    expect(post?.html).toMatch(/^<p class="meta">11 Dec 2010/);
    expect(warnings).toEqual([]);
    const inText = await parsePost(bytes(source.replace("I've written", "This is {{ page.title }}; I've written")), "posts/2010-12-11-designer-architect-developer.md", contextOf(withDefault));
    expect(inText.post?.html).toContain("This is Designer, Architect, Developer; I");
    expect(inText.moving?.converted.get("{{ page.title }}")).toBe(1);
  });
});

describe("a heading with no words", () => {
  it("is left out with a warning at its line, and takes no id from the headings after it", async () => {
    // zachleat/zachleat.com web/_posts/2008-04-18-forgive-my-feed.md, as written (exported from WordPress).
    const source = "---\ntitle: 'Forgive My Feed'\nauthor: Zach Leatherman\nlayout: post\npermalink: /forgive-my-feed/\nbtc_comment_counts:\n  - 'a:0:{}'\nbtc_comment_summary:\n  - 'a:0:{}'\nbttc_cache:\n  - 1299718966:0\ncategories:\n  - Other\ntags:\n  - Self\n---\n# \n\nThis is going through a bit of maintenance. I’m tagging and recategorizing my old posts, so feel free to “mark all as read” if you get a bunch of new items.";
    const { post, warnings } = await parsePost(bytes(source), "posts/2008-04-18-forgive-my-feed.md", contextOf(config));
    expect(post?.html).toBe("<p>This is going through a bit of maintenance. I’m tagging and recategorizing my old posts, so feel free to “mark all as read” if you get a bunch of new items.</p>\n");
    expect(warnings).toEqual([{ file: "posts/2008-04-18-forgive-my-feed.md", line: 17, severity: "warning", message: "is a heading with no words, so it is left out; expected words after the #, or no such line" }]);

    const after = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\n##\n\n## Section\n"), "posts/t.md", contextOf(config));
    expect(after.post?.headings.map((heading) => heading.id)).toEqual(["section"]);
  });
});

describe("categories written as text", () => {
  it("splits them at spaces in a Jekyll post, and keeps them whole in a Hugo one", async () => {
    const jekyll = "---\nlayout: post\ntitle: Welcome\nauthor: A\ndate: 2014-04-12 10:00:00 +0200\ncategories: jekyll update\n---\nBody.\n";
    expect((await parsePost(bytes(jekyll), "posts/2014-04-12-welcome-to-jekyll.markdown", contextOf(config))).post?.tags).toEqual(["jekyll", "update"]);
    const hugo = "---\ntitle: Notebooks\nauthor: A\ndate: 2021-11-20\ncategories: Data Science\n---\nBody.\n";
    expect((await parsePost(bytes(hugo), "posts/stop-colab-from-disconnecting.md", contextOf(config))).post?.tags).toEqual(["Data Science"]);
    const hugoToml = '+++\ntitle = "Notebooks"\nauthor = "A"\ndate = 2021-11-20\ncategories = "Data Science"\n+++\nBody.\n';
    expect((await parsePost(bytes(hugoToml), "posts/2021-11-20-colab.md", contextOf(config))).post?.tags).toEqual(["Data Science"]);
  });
});

describe("Hugo's expiryDate", () => {
  // Hugo's front matter docs: expiryDate, with unpublishdate as its alias; keys in any case.
  it.each([
    ["expiryDate: 2021-06-30T12:00:00+02:00", 5],
    ["ExpiryDate: 2021-06-30T12:00:00+02:00", 5],
    ["unpublishdate: 2021-06-30T12:00:00+02:00", 5],
  ])("reads %s as the moment the post expires", async (line) => {
    const { post, problems } = await parsePost(bytes(`---\ntitle: T\nauthor: A\ndate: 2021-06-01\n${line}\n---\nBody.\n`), "posts/t.md", contextOf(config));
    expect(problems).toBeUndefined();
    expect(post?.expires?.epoch).toBe(Date.UTC(2021, 5, 30, 10));
  });

  it("refuses an expiry that is no date, at its line", async () => {
    const { problems } = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2021-06-01\nexpiryDate: next week\n---\nBody.\n"), "posts/t.md", contextOf(config));
    expect(problems).toEqual([{ file: "posts/t.md", line: 5, column: 1, field: "expiryDate", message: expect.stringMatching(/expected/) }]);
  });
});

describe("Hugo's images", () => {
  it("shares a post by the first of its images, with no warning about the field, and names that line when it is missing", async () => {
    const mark = readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png"));
    const site = makeSite({ "bundle/index.md": "---\ntitle: Hugo bundle\nauthor: A\ndate: 2020-01-01\nimages:\n  - cover.png\n---\nBody.\n", "bundle/cover.png": mark });
    const { post, warnings } = await parsePost(readFileSync(path.join(site, "posts", "bundle", "index.md")), "posts/bundle/index.md", contextOf(config, site));
    expect(post?.cover).toBeDefined();
    expect(post?.image?.url).toMatch(/\.(png|jpe?g|webp)$/);
    expect(warnings?.filter((warning) => warning.field !== "imageAlt")).toEqual([]);

    const missing = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\nimages: [gone.png]\n---\nBody.\n"), "posts/t.md", contextOf(config, site));
    expect(missing.problems).toEqual([{ file: "posts/t.md", line: 5, column: 1, field: "image", message: expect.stringMatching(/^gone\.png does not exist \(looked for posts\/gone\.png and public\/gone\.png\)/) }]);
  });

  // gohugoio/hugoDocs content/en/news/0.62.2-relnotes/index.md: `images: [images/blog/hugo-bug-poster.png]`, a file of the site's static/ folder.
  it("finds a relative images path from the site's root when the post has no such file, as Hugo does", async () => {
    const mark = readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png"));
    const site = makeSite({ "hugo.md": "---\ntitle: T\nauthor: A\ndate: 2020-01-01\nimages:\n- images/blog/poster.png\n---\nBody.\n" });
    mkdirSync(path.join(site, "public", "images", "blog"), { recursive: true });
    writeFileSync(path.join(site, "public", "images", "blog", "poster.png"), mark);
    const { post, problems } = await parsePost(readFileSync(path.join(site, "posts", "hugo.md")), "posts/hugo.md", contextOf(config, site));
    expect(problems).toBeUndefined();
    expect(post?.cover).toBeDefined();
    // Broadsheet's own image stays relative to the post only.
    const own = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2020-01-01\nimage: images/blog/poster.png\n---\nBody.\n"), "posts/own.md", contextOf(config, site));
    expect(own.problems?.[0]?.message).toMatch(/^images\/blog\/poster\.png does not exist \(looked for posts\/images\/blog\/poster\.png\)/);
  });
});

describe("createPostLoader", () => {
  it("reads a post again when an image it names appears or changes, and keeps it otherwise", async () => {
    const mark = readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png"));
    const site = makeSite({ "p.md": "---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\n\n![A mark](images/mark.png)\n" });
    const load = createPostLoader(contextOf(config, site));

    expect((await load()).problems[0]?.message).toMatch(/images\/mark\.png does not exist/);
    mkdirSync(path.join(site, "posts", "images"));
    writeFileSync(path.join(site, "posts", "images", "mark.png"), mark);
    const first = await load();
    expect(first.problems).toEqual([]);
    const post = first.posts[0]!;
    expect((await load()).posts[0]).toBe(post);

    writeFileSync(path.join(site, "posts", "images", "mark.png"), Buffer.concat([mark, Buffer.from([0])]));
    utimesSync(path.join(site, "posts", "images", "mark.png"), new Date(), new Date(Date.now() + 5000));
    const changed = (await load()).posts[0]!;
    expect(changed).not.toBe(post);
    expect(changed.assets.map((asset) => asset.to)).not.toEqual(post.assets.map((asset) => asset.to));
  });
});

describe("parsePost, misspelt fields and other engines' spellings", () => {
  const parse = (text: string, file = "posts/x.md", settings = config) => parsePost(bytes(text), file, contextOf(settings));

  it("builds a post with a misspelt optional field, warning at its line with the field it was meant to be", async () => {
    const { post, problems, warnings } = await parse("---\ntitle: T\nauthor: A\ndate: 2020-01-01\nupdate: 2020-02-01\ntgas: [iraq]\n---\nx\n");
    expect(problems).toBeUndefined();
    expect(post?.updated).toBeUndefined();
    expect(post?.tags).toEqual([]);
    expect(warnings).toEqual([
      { file: "posts/x.md", line: 5, column: 1, field: "update", severity: "warning", message: 'is not a field Broadsheet knows, so it is ignored; did you mean "updated"?' },
      { file: "posts/x.md", line: 6, column: 1, field: "tgas", severity: "warning", message: 'is not a field Broadsheet knows, so it is ignored; did you mean "tags"?' },
    ]);
  });

  it("stops a post whose misspelt field is a required one that is missing, in one line", async () => {
    expect((await parse("---\ntitel: T\nauthor: A\ndate: 2020-01-01\n---\n# A heading\n")).problems).toEqual([
      { file: "posts/x.md", line: 2, column: 1, field: "titel", message: 'is not a field Broadsheet knows, and title is missing; did you mean "title"?' },
    ]);
    expect((await parse("---\ntitle: T\nautor: A\ndate: 2020-01-01\n---\nx\n")).problems).toEqual([
      { file: "posts/x.md", line: 3, column: 1, field: "autor", message: 'is not a field Broadsheet knows, and author is missing; did you mean "author"?' },
    ]);
    expect((await parse("---\ntitle: T\nauthor: A\npubdat: 2020-01-01\n---\nx\n")).problems).toEqual([
      { file: "posts/x.md", line: 4, column: 1, field: "pubdat", message: 'is not a field Broadsheet knows, and date is missing; did you mean "pubDate"?' },
    ]);
  });

  it("only warns about a misspelt required field once something else gives it: the file name's date, the default author", async () => {
    const dated = await parse("---\ntitle: T\nauthor: A\ndat: 2020-01-01\n---\nx\n", "posts/2019-05-06-x.md");
    expect(dated.post?.date.day).toBe("2019-05-06");
    expect(dated.warnings).toEqual([expect.objectContaining({ line: 4, field: "dat", severity: "warning" })]);
    const authored = await parse("---\ntitle: T\nautor: A\ndate: 2020-01-01\n---\nx\n", "posts/x.md", withDefault);
    expect(authored.post?.author).toBe("Default Writer");
    expect(authored.warnings).toEqual([expect.objectContaining({ line: 3, field: "autor", severity: "warning" })]);
  });

  it("reads Hugo's keys in any case as the fields they name, with no warning", async () => {
    const { post, problems, warnings } = await parse("---\nTitle: Hugo Post\nAuthor: A\nDate: 2020-01-01\nTags: [go]\nDescription: About Go\nDraft: true\nLastMod: 2020-02-02\n---\nx\n");
    expect(problems).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(post).toMatchObject({ title: "Hugo Post", author: "A", date: { day: "2020-01-01" }, tags: ["go"], description: "About Go", draft: true, updated: { day: "2020-02-02" } });
  });

  it("points a problem of a field written in another case at its own line", async () => {
    expect((await parse("---\nTitle: T\nauthor: A\nDate: 2020-02-30\n---\nx\n")).problems).toEqual([
      { file: "posts/x.md", line: 4, column: 1, field: "date", message: expect.stringMatching(/not a real date/) },
    ]);
  });

  it("refuses one field given in two cases with different values, naming both", async () => {
    expect((await parse("---\ntitle: One\nTitle: Two\nauthor: A\ndate: 2020-01-01\n---\nx\n")).problems).toEqual([
      { file: "posts/x.md", line: 3, column: 1, field: "Title", message: 'gives "Two" but title gives "One"; expected only one of them (Title means title)' },
    ]);
  });

  it("counts fields read in another case and under other engines' names for the movers' summary", async () => {
    const { moving } = await parse("---\nTitle: T\nauthor: A\npublishDate: 2020-01-01\ntag: news\nLastMod: 2020-02-02\n---\nx\n");
    expect(moving?.fields).toEqual(["Title → title", "publishDate → date", "tag → tags", "LastMod → updated"]);
  });
});

describe("parsePost, empty optional fields", () => {
  // Hugo's default archetype and many Jekyll starters (e.g. Minimal Mistakes' _posts) write every field into each new post,
  // empty until filled in: `description: ""`, `tags: []`, `image: ""`, `draft: false`.
  it("reads an empty optional field as not given", async () => {
    const source = '---\ntitle: T\nauthor: A\ndate: 2020-01-01\ndescription: ""\nsummary: ""\ntags: []\ncategories: ""\nimage: ""\nimageAlt:\nupdated: ""\nlastmod:\nslug: ""\nlang: ""\naliases: []\n---\nBody.\n';
    const outcome = await parsePost(bytes(source), "posts/t.md", contextOf(config));
    expect(outcome.problems).toBeUndefined();
    expect(outcome.warnings).toEqual([]);
    expect(outcome.post).toMatchObject({ slug: "t", description: undefined, tags: [], updated: undefined, excerpt: "Body.", redirects: [] });
  });

  it("drops empty tags from a list and keeps the others", async () => {
    const { post } = await parsePost(bytes('---\ntitle: T\nauthor: A\ndate: 2020-01-01\ntags: [iraq, "", " ", ~]\n---\nx\n'), "posts/t.md", contextOf(config));
    expect(post?.tags).toEqual(["iraq"]);
  });

  it("still stops a post whose title or date is empty, and names an empty author's line", async () => {
    const { problems } = await parsePost(bytes('---\ntitle: ""\nauthor: ""\ndate: ""\n---\nx\n'), "posts/t.md", contextOf(config));
    expect(problems).toEqual([
      { file: "posts/t.md", line: 2, column: 1, field: "title", message: expect.stringMatching(/^is empty/) },
      { file: "posts/t.md", line: 4, column: 1, field: "date", message: expect.stringMatching(/^is empty/) },
    ]);
    const noDefault = await parsePost(bytes('---\ntitle: T\nauthor: ""\ndate: 2020-01-01\n---\nx\n'), "posts/t.md", contextOf(config));
    expect(noDefault.problems).toEqual([{ file: "posts/t.md", line: 3, column: 1, field: "author", message: "is empty; expected the author's name, or a defaultAuthor in site.config.ts" }]);
    const withDefaultAuthor = await parsePost(bytes('---\ntitle: T\nauthor: ""\ndate: 2020-01-01\n---\nx\n'), "posts/t.md", contextOf(withDefault));
    expect(withDefaultAuthor.post?.author).toBe("Default Writer");
  });
});

describe("parsePost, addresses other engines set", () => {
  it("publishes a post at Hugo's url and Zola's path, and takes its slug from there", async () => {
    // Hugo: `url: /2019/03/my-post/` (gohugo.io front matter docs); Zola: `path = "..."` (getzola/zola docs/content/documentation/content/page.md).
    const hugo = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2019-03-26T08:47:11+01:00\nurl: /2019/03/my-post/\n---\nx\n"), "posts/my-post-file.md", contextOf(config));
    expect(hugo.post).toMatchObject({ url: "/2019/03/my-post/", slug: "my-post", id: "2019/03/my-post", redirects: [] });
    const zola = await parsePost(bytes('+++\ntitle = "T"\nauthor = "A"\ndate = 2017-05-01\npath = "blog/my-post"\n+++\nx\n'), "posts/x.md", contextOf(config));
    expect(zola.post).toMatchObject({ url: "/blog/my-post/", slug: "my-post" });
  });

  it("redirects from a url that is a file, and publishes the post at its own address", async () => {
    const { post } = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2019-01-01\nurl: /old/my-post.html\n---\nx\n"), "posts/x.md", contextOf(config));
    expect(post).toMatchObject({ url: "/posts/my-post/", redirects: [{ url: "/old/my-post.html", field: "url", line: 5, column: 1 }] });
  });

  it("refuses an address outside the site, naming its line", async () => {
    const { problems } = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2019-01-01\nurl: ../../etc/\n---\nx\n"), "posts/x.md", contextOf(config));
    expect(problems).toEqual([{ file: "posts/x.md", line: 5, column: 1, field: "url", message: expect.stringMatching(/is not a safe path/) }]);
  });

  it("fills a missing date from the address or from a Jekyll-style permalink, never over a written one", async () => {
    const fromUrl = await parsePost(bytes("---\ntitle: T\nauthor: A\nurl: /2020/01/10/name/\n---\nx\n"), "posts/name.md", contextOf(config));
    expect(fromUrl.post?.date.day).toBe("2020-01-10");
    const fromPermalink = await parsePost(bytes("---\ntitle: T\nauthor: A\npermalink: /2018/07/04/old-name/\n---\nx\n"), "posts/name.md", contextOf(config));
    expect(fromPermalink.post).toMatchObject({ date: { day: "2018-07-04" }, url: "/posts/name/", redirects: [{ url: "/2018/07/04/old-name/", field: "permalink" }] });
    const written = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2021-02-03\nurl: /2020/01/10/name/\n---\nx\n"), "posts/name.md", contextOf(config));
    expect(written.post?.date.day).toBe("2021-02-03");
  });

  it("ignores an Eleventy permalink template with a warning instead of publishing a redirect at its braces", async () => {
    const outcome = await parsePost(bytes('---\ntitle: T\nauthor: A\ndate: 2020-01-01\npermalink: "/blog/{{ page.fileSlug }}/"\n---\nx\n'), "posts/x.md", contextOf(config));
    expect(outcome.post?.redirects).toEqual([]);
    expect(outcome.warnings).toEqual([{ file: "posts/x.md", line: 5, column: 1, field: "permalink", severity: "warning", message: expect.stringMatching(/is a template, which Broadsheet does not run/) }]);
  });

  it("publishes a post at the site's permalink pattern", async () => {
    const jekyll = validateSettings({ title: "T", url: "https://example.com", permalink: "/:year/:month/:day/:title/" });
    const { post } = await parsePost(bytes("---\ntitle: T\nauthor: A\ndate: 2021-06-01 9:30:00 +0000\n---\nx\n"), "posts/2021-06-01-hello.md", contextOf(jekyll));
    expect(post).toMatchObject({ url: "/2021/06/01/hello/", id: "2021/06/01/hello" });
  });
});

describe("parsePost, a title from the first heading", () => {
  it("takes a missing title from a leading level-one heading, shows it once and says so", async () => {
    const outcome = await parsePost(bytes("---\nauthor: A\ndate: 2020-01-01\n---\n\n# Deteriorating *Security* in `Iraq`\n\nFirst paragraph.\n\n![](missing.png)\n"), "posts/t.md", contextOf(config));
    expect(outcome.post).toBeUndefined();
    // The missing image is still named at its own line of the file: removing the heading moved no line.
    expect(outcome.problems).toEqual([{ file: "posts/t.md", line: 10, message: expect.stringMatching(/^image missing\.png/) }]);
    const { post, warnings } = await parsePost(bytes("---\nauthor: A\ndate: 2020-01-01\n---\n\n# Deteriorating *Security* in `Iraq`\n\nFirst paragraph.\n"), "posts/t.md", contextOf(config));
    expect(post?.title).toBe("Deteriorating Security in Iraq");
    expect(post?.html).toBe("<p>First paragraph.</p>\n");
    expect(warnings).toEqual([
      {
        file: "posts/t.md",
        line: 6,
        field: "title",
        severity: "warning",
        message: 'is missing, so the first heading "Deteriorating Security in Iraq" is the post\'s title (and is not shown twice); expected title: "Deteriorating Security in Iraq" in the front matter, and the heading removed',
      },
    ]);
  });

  it("shows once a heading that repeats the written title, as Jekyll's {{ page.title }} over === and Hugo posts' # Title do", async () => {
    for (const body of ["{{ page.title }}\n================\n\nText.\n", "# Designer,  Architect, developer\n\nText.\n"]) {
      const { post, warnings } = await parsePost(bytes(`---\ntitle: Designer, Architect, Developer\nauthor: A\ndate: 2010-12-11\n---\n${body}`), "posts/t.md", contextOf(config));
      expect(post?.html, body).toBe("<p>Text.</p>\n");
      expect(warnings).toEqual([]);
    }
  });

  it("reads an underlined heading, and leaves a written title and a later or smaller heading alone", async () => {
    const setext = await parsePost(bytes("---\nauthor: A\ndate: 2020-01-01\n---\nHello world\n===========\n\nText.\n"), "posts/t.md", contextOf(config));
    expect(setext.post).toMatchObject({ title: "Hello world", html: "<p>Text.</p>\n" });
    const titled = await parsePost(bytes("---\ntitle: Given\nauthor: A\ndate: 2020-01-01\n---\n# Heading\n"), "posts/t.md", contextOf(config));
    expect(titled.post?.title).toBe("Given");
    expect(titled.post?.html).toContain("Heading</h1>");
    expect(titled.warnings).toEqual([]);
    for (const body of ["Text first.\n\n# Later\n", "## Smaller\n", "#NoSpace\n", "- item\n==\n"]) {
      const { problems } = await parsePost(bytes(`---\nauthor: A\ndate: 2020-01-01\n---\n${body}`), "posts/t.md", contextOf(config));
      expect(problems).toEqual([expect.objectContaining({ field: "title", message: expect.stringMatching(/^is missing/) })]);
    }
  });
});
