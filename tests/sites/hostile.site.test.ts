import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFeed } from "../helpers/feedparser.ts";
import { makeSite, page, readOutput } from "../helpers/site.ts";
import { buildSite, type BuiltSite } from "../helpers/build.ts";

/** Markup, quotes, a script end, a CDATA end, an ampersand and control characters: text that must stay text everywhere. */
const HOSTILE = `<script>alert("x")</script> </script> ]]> & 'apos' "quote" <b>bold</b> \u0001\u0008\u001F\u007F end`;
/** What a reader must see: the same text without the control characters, which mean nothing in a title. */
const SHOWN = HOSTILE.replace(/[\u0001\u0008\u001F\u007F]/g, "");
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const yamlText = (text: string) => JSON.stringify(text);

describe("hostile text in every front matter field", () => {
  let site: BuiltSite;
  const files = () => readdirSync(site.outDir, { recursive: true }).map(String).filter((file) => /\.(html|xml|json|txt)$/.test(file) && !file.startsWith("pagefind"));

  beforeAll(async () => {
    const fields = [
      `title: ${yamlText(HOSTILE)}`,
      `author: ${yamlText(HOSTILE)}`,
      `description: ${yamlText(HOSTILE)}`,
      `tags: [${yamlText(HOSTILE)}, plain]`,
      `date: 2020-01-01`,
      `mood: ${yamlText(HOSTILE)}`,
    ];
    const root = makeSite({ "hostile.md": `---\n${fields.join("\n")}\n---\n\nAn ordinary body.\n` });
    site = await buildSite(root, { now: "2026-01-01" });
    expect(site.stderr).toBe("");
    expect(site.code).toBe(0);
  });

  it("shows it as text in the page body, escaped", () => {
    const $ = page(site.outDir, "posts/hostile/index.html");
    expect($("h1").text()).toBe(SHOWN);
    expect($("article .author").text()).toBe(SHOWN);
    expect($(".post-tags a").first().text()).toBe(SHOWN);
    expect($("h1 b, h1 script, .author b").length).toBe(0);
  });

  it("keeps attributes intact: the description and social metadata carry it whole", () => {
    const $ = page(site.outDir, "posts/hostile/index.html");
    // The description is plain text with its white space folded, as search engines show it.
    expect($('meta[name="description"]').attr("content")).toBe(SHOWN.replace(/\s+/g, " "));
    expect($('meta[property="og:title"]').attr("content")).toBe(SHOWN);
    expect($('meta[property="article:tag"]').first().attr("content")).toBe(SHOWN);
    expect($("title").text()).toBe(`${SHOWN} · Fixture Blog`);
  });

  it("keeps the JSON-LD valid JSON inside its own script element", () => {
    const html = readOutput(site.outDir, "posts/hostile/index.html");
    const $ = page(site.outDir, "posts/hostile/index.html");
    const scripts = $("script");
    expect(scripts.length).toBe(1);
    expect(scripts.attr("type")).toBe("application/ld+json");
    const data = JSON.parse(scripts.html() ?? "");
    expect(data.headline).toBe(SHOWN);
    expect(data.author.name).toBe(SHOWN);
    expect(data.keywords).toContain(SHOWN);
    // The only place the sequence "</script" may appear is the script element's own end tag.
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });

  it("keeps the feeds well-formed for a real feed reader, with the text as written", async () => {
    for (const file of ["feed.xml", "rss.xml"]) {
      const feed = await parseFeed(path.join(site.outDir, file));
      expect(feed.bozo, file).toBe(0);
      expect(feed.entries[0]?.title, file).toBe(SHOWN);
      expect(feed.entries[0]?.author, file).toBe(SHOWN);
    }
    const json = JSON.parse(readOutput(site.outDir, "feed.json"));
    expect(json.items[0].title).toBe(SHOWN);
    expect(json.items[0].authors[0].name).toBe(SHOWN);
  });

  it("keeps the sitemap and every XML file well-formed", () => {
    for (const file of files().filter((name) => name.endsWith(".xml"))) {
      expect(XMLValidator.validate(readOutput(site.outDir, file)), file).toBe(true);
    }
    const sitemap = new XMLParser().parse(readOutput(site.outDir, "sitemap.xml"));
    const urls = [sitemap.urlset.url].flat().map((entry: { loc: string }) => entry.loc);
    expect(urls).toContain("https://blog.example.org/posts/hostile/");
  });

  it("leaves no control character in any output file, and no live markup from it in any HTML or XML file", () => {
    for (const file of files()) {
      const text = readFileSync(path.join(site.outDir, file), "utf8");
      expect(CONTROL.test(text), file).toBe(false);
      // In JSON the text is a string value, inert by definition; in HTML and XML it must arrive escaped.
      if (file.endsWith(".json")) continue;
      expect(text.includes('<script>alert("x")'), file).toBe(false);
      expect(text.includes("<b>bold</b>"), file).toBe(false);
    }
  });
});

describe("bidirectional controls in front matter text", () => {
  it("cannot reverse the text around them: the site's name in <title> stays outside the title's override", async () => {
    const RLO = "\u202E";
    const PDF = "\u202C";
    const root = makeSite({ "flip.md": `---\ntitle: "${RLO}txet desrever"\nauthor: "Eve${RLO}"\ntags: ["${RLO}tag"]\ndate: 2020-01-01\n---\n\nBody.\n` });
    const built = await buildSite(root, { now: "2026-01-01" });
    expect(built.code).toBe(0);
    const $ = page(built.outDir, "posts/flip/index.html");
    expect($("title").text()).toBe(`${RLO}txet desrever${PDF} · Fixture Blog`);
    expect($("h1").text()).toBe(`${RLO}txet desrever${PDF}`);
    expect($("article .author").text()).toBe(`Eve${RLO}${PDF}`);
    expect($(".post-tags a").first().text()).toBe(`${RLO}tag${PDF}`);
  });
});
