import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { describe, expect, inject, it } from "vitest";
import { copyFixture, FIXTURES, makeSite, page, post, readOutput } from "../helpers/site.ts";
import { SITES_NOW } from "../helpers/fixture-sites.ts";
import { buildSite } from "../helpers/build.ts";

const RICH = "posts/a-day-at-the-harbour/index.html";
const ARABIC = "posts/arabic/index.html";
const BASE = "https://example.org/notes/";

function meta($: CheerioAPI, property: string): string | undefined {
  return $(`meta[property="${property}"], meta[name="${property}"]`).attr("content");
}

function jsonLd($: CheerioAPI): Record<string, unknown> {
  const scripts = $('script[type="application/ld+json"]');
  expect(scripts.length).toBe(1);
  return JSON.parse(scripts.text()) as Record<string, unknown>;
}

/** The output file an absolute URL of the site points at. */
function outputFile(outDir: string, url: string): string {
  expect(url.startsWith(BASE)).toBe(true);
  return path.join(outDir, ...url.slice(BASE.length).split("/"));
}

/** The text of the fixture post's paragraphs before `<!-- more -->`, read from its Markdown. */
function fixtureTextBeforeMore(): string {
  const source = readFileSync(path.join(FIXTURES, "post-page", "posts", "2024-03-01-a-day-at-the-harbour.md"), "utf8");
  const body = source.split("---\n")[2]!;
  return body.slice(0, body.indexOf("<!-- more -->")).replace(/\s+/g, " ").trim();
}

describe("the post page of a post using every feature", () => {
  const site = inject("sites")["post-page"];
  it("was built without a warning", () => expect(site.stderr).toBe(""));

  it("has the page title, a description cut near 160 characters on a word boundary, and a canonical URL under the site's sub-path", () => {
    const $ = page(site.outDir, RICH);
    expect($("title").text()).toBe("A Day at the Harbour · Harbour Notes");
    const description = meta($, "description")!;
    const full = fixtureTextBeforeMore();
    expect(full.length).toBeGreaterThan(160);
    expect(description.endsWith("…")).toBe(true);
    const kept = description.slice(0, -1);
    expect(kept.length).toBeGreaterThan(140);
    expect(kept.length).toBeLessThanOrEqual(160);
    expect(full.startsWith(kept)).toBe(true);
    expect(full[kept.length]).toBe(" ");
    expect($('link[rel="canonical"]').attr("href")).toBe(`${BASE}posts/a-day-at-the-harbour/`);
  });

  it("describes the post to social previews with Open Graph and a Twitter card", () => {
    const $ = page(site.outDir, RICH);
    expect(meta($, "og:type")).toBe("article");
    expect(meta($, "og:title")).toBe("A Day at the Harbour");
    expect(meta($, "og:description")).toBe(meta($, "description"));
    expect(meta($, "og:url")).toBe(`${BASE}posts/a-day-at-the-harbour/`);
    expect(meta($, "og:site_name")).toBe("Harbour Notes");
    expect(meta($, "article:published_time")).toBe("2024-03-01T00:00:00Z");
    expect(meta($, "article:modified_time")).toBe("2024-03-09T00:00:00Z");
    expect(meta($, "article:author")).toBe(`${BASE}authors/rana-khalil/`);
    expect($('meta[property="article:tag"]').map((_, el) => $(el).attr("content")).get()).toEqual(["harbour", "field notes"]);
    expect(meta($, "twitter:card")).toBe("summary_large_image");

    // The social image is the post's first image, as a JPEG the build wrote, with its real size.
    const image = meta($, "og:image")!;
    expect(image).toMatch(new RegExp(`^${BASE}images/[\\w-]+-800\\.jpeg$`));
    expect(existsSync(outputFile(site.outDir, image))).toBe(true);
    expect([meta($, "og:image:width"), meta($, "og:image:height")]).toEqual(["800", "500"]);
    expect(meta($, "og:image:alt")).toBe("The ferry leaving the harbour at dawn");
  });

  it("carries a BlogPosting in JSON-LD, checked field by field", () => {
    const $ = page(site.outDir, RICH);
    const data = jsonLd($);
    const url = `${BASE}posts/a-day-at-the-harbour/`;
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("BlogPosting");
    expect(data.headline).toBe("A Day at the Harbour");
    expect(data.description).toBe(meta($, "description"));
    expect(data.author).toEqual({ "@type": "Person", name: "Rana Khalil", url: `${BASE}authors/rana-khalil/` });
    expect(data.datePublished).toBe("2024-03-01T00:00:00Z");
    expect(data.dateModified).toBe("2024-03-09T00:00:00Z");
    expect(data.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
    expect(data.url).toBe(url);
    expect(data.publisher).toEqual({ "@type": "Organization", name: "Harbour Notes", url: BASE });
    expect(data.keywords).toEqual(["harbour", "field notes"]);
    expect(data.inLanguage).toBe("en");
    expect(data.image).toEqual({ "@type": "ImageObject", url: meta($, "og:image"), width: 800, height: 500 });
  });

  it("shows the reading time and the updated date beside the published date", () => {
    const byline = page(site.outDir, RICH)("article .byline");
    expect(byline.find("time").map((_, el) => byline.find(el).attr("datetime")).get()).toEqual(["2024-03-01", "2024-03-09"]);
    expect(byline.find(".updated").text()).toBe("Updated March 9, 2024");
    // About 200 words of prose and code at 220 a minute.
    expect(byline.find(".reading-time").text()).toBe("1 min read");
  });

  it("lists the headings, nested, in a table of contents before the body, each linking to its heading", () => {
    const $ = page(site.outDir, RICH);
    const toc = $("article nav.toc");
    expect(toc.attr("aria-labelledby")).toBe("toc-title");
    expect($("#toc-title").text()).toBe("Table of contents");
    expect(toc.next().is(".post-body")).toBe(true);
    const top = toc.children("ol").children("li");
    expect(top.map((_, li) => $(li).children("a").text()).get()).toEqual(["Morning on the quay", "تعداد الركاب", "The harbour office’s tally"]);
    expect(top.first().find("ol > li > a").text()).toBe("Who counts the passengers");
    for (const link of toc.find("a").toArray()) {
      const id = $(link).attr("href")!.slice(1);
      expect($(`.post-body [id="${id}"]`).text()).toBe($(link).text());
    }
  });

  it("gives the Arabic heading a readable id and a self-link", () => {
    const $ = page(site.outDir, RICH);
    const heading = $('h2[id="تعداد-الركاب"]');
    expect(heading.text()).toBe("تعداد الركاب");
    expect(heading.next("a.heading-link").attr("href")).toBe("#تعداد-الركاب");
  });

  it("shows the captioned image as a figure of AVIF, WebP and JPEG files the build wrote", () => {
    const $ = page(site.outDir, RICH);
    const figure = $(".post-body figure:has(picture)");
    expect(figure.find("figcaption").text()).toBe("The 6:10 ferry, photographed from the breakwater");
    const img = figure.find("img");
    expect(img.attr("alt")).toBe("The ferry leaving the harbour at dawn");
    expect([img.attr("width"), img.attr("height"), img.attr("loading"), img.attr("decoding")]).toEqual(["800", "500", "lazy", "async"]);
    const urls = [...figure.find("source").map((_, el) => $(el).attr("srcset")).get(), img.attr("srcset")!, img.attr("src")!]
      .flatMap((srcset) => srcset.split(", ").map((entry) => entry.split(" ")[0]!));
    expect(new Set(urls.map((url) => path.extname(url)))).toEqual(new Set([".avif", ".webp", ".jpeg"]));
    for (const url of urls) {
      const file = path.resolve(site.outDir, "posts/a-day-at-the-harbour", url);
      expect(statSync(file).size).toBeGreaterThan(100);
    }
  });

  it("renders the footnote, the scrolling table, the attributed quote and highlighted code", () => {
    const $ = page(site.outDir, RICH);
    expect($(".post-body sup.footnote-ref a").attr("href")).toBe("#fn1");
    expect($("#fn1").text()).toContain("Counted at the gangway on a Tuesday in March.");
    expect($("#fn1 a.footnote-backref").attr("href")).toBe("#fnref1");
    expect($('.post-body div.table-scroll[role="region"][tabindex="0"] > table th').length).toBe(4);
    expect($(".post-body figure.quote figcaption").text()).toBe("— Harbour master’s log, March 2024");
    expect($('.post-body pre.language-python[tabindex="0"] .token.keyword').first().text()).toBe("def");
  });

  it("publishes an Arabic post right to left, its own words in its language and the page's in the site's", () => {
    const $ = page(site.outDir, ARABIC);
    expect($("html").attr("lang")).toBe("en");
    expect($("html").attr("dir")).toBe("ltr");
    const article = $("article.post");
    expect(article.attr("lang")).toBe("ar");
    expect(article.attr("dir")).toBe("rtl");
    expect(article.find(".byline").parent().attr("lang")).toBe("en");
    expect(article.find("h1").text()).toBe("يوم في الميناء");
    expect(article.find('h2[id="الصباح-على-الرصيف"]').length).toBe(1);
    expect(meta($, "og:title")).toBe("يوم في الميناء");
    expect(jsonLd($).inLanguage).toBe("ar");
  });

  it("leaves out the updated date and modified time of a post never updated", () => {
    const $ = page(site.outDir, ARABIC);
    expect($(".byline .updated").length).toBe(0);
    expect(meta($, "article:modified_time")).toBeUndefined();
    const data = jsonLd($);
    expect(data.dateModified).toBe(data.datePublished);
  });

  it("gives the home page its own title, description, canonical URL and a website card", () => {
    const $ = page(site.outDir, "index.html");
    expect($("title").text()).toBe("Harbour Notes");
    expect(meta($, "description")).toBe("Field notes from a working harbour.");
    expect($('link[rel="canonical"]').attr("href")).toBe(BASE);
    expect(meta($, "og:type")).toBe("website");
    expect(meta($, "og:url")).toBe(BASE);
    expect($('script[type="application/ld+json"]').length).toBe(0);
  });

  it("lists the post on the home page with the text before <!-- more --> as its excerpt", () => {
    const $ = page(site.outDir, "index.html");
    const excerpt = $(".post-list li").filter((_, li) => $(li).find("h2").text() === "A Day at the Harbour").find(".excerpt").text();
    expect(excerpt).toBe(fixtureTextBeforeMore());
  });

  it("writes byte-identical output when built again from a fresh copy", async () => {
    const again = await buildSite(copyFixture("post-page"), { now: SITES_NOW });
    expect(again.code).toBe(0);
    const tree = (dir: string) =>
      Object.fromEntries(
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => {
            const file = path.join(entry.parentPath, entry.name);
            return [path.relative(dir, file), readFileSync(file).toString("base64")];
          }),
      );
    expect(tree(again.outDir)).toEqual(tree(site.outDir));
  });
});

describe("a post beyond prose: math, a diagram, callouts, a video and a social card", () => {
  const site = inject("sites")["post-page"];
  const FEATURES = "posts/counting-the-crossings/index.html";

  it("writes formulas as MathML and leaves dollar amounts as text", () => {
    const $ = page(site.outDir, FEATURES);
    const body = $(".post-body");
    expect(body.find("math").length).toBe(7);
    expect(body.find('math[display="block"]').length).toBe(1);
    expect(body.find('math[display="block"] munderover, math[display="block"] msubsup').length).toBe(1);
    expect(body.find("p").first().text().replace(/\s+/g, " ")).toContain("Tickets cost $5 and $10, and neither amount is a formula.");
    expect(body.html()).not.toMatch(/\$\\|\\frac|\\sum/);
  });

  it("draws the diagram as an inline SVG named for assistive technology, with its source, and no script but the loader", () => {
    const $ = page(site.outDir, FEATURES);
    const svg = $("figure.diagram > svg");
    expect(svg.attr("role")).toBe("img");
    expect($(`#${svg.attr("aria-labelledby")!.split(" ")[0]}`).text()).toBe("How a count moves through the office");
    expect($("figure.diagram details code").text()).toContain("A[Clerk counts a crossing] --> B{Checked?}");
    expect($("script[src]").map((_, el) => $(el).attr("src")).get()).toEqual(["../../assets/embeds.js"]);
  });

  it("shows each callout as a labelled note in its kind's colours", () => {
    const $ = page(site.outDir, FEATURES);
    const callouts = $("aside.callout").map((_, el) => [[$(el).attr("class"), $(el).attr("aria-label"), $(el).attr("role")]]).get();
    expect(callouts).toEqual([
      ["callout callout-note", "Note", "note"],
      ["callout callout-warning", "Before you copy the method", "note"],
      ["callout callout-tip", "Tip", "note"],
      ["callout callout-caution", "Caution", "note"],
    ]);
  });

  it("holds the video back as a link and a hidden button; the player's address is only data", () => {
    const $ = page(site.outDir, FEATURES);
    const video = $(".video");
    expect(video.find(".video-title a").attr("href")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    expect(video.find("button.embed-load").is("[hidden]")).toBe(true);
    expect($("iframe").length).toBe(0);
    const embed = JSON.parse(video.attr("data-embed")!) as { light: { mount: { tag: string; attributes: Record<string, string> } } };
    expect(embed.light.mount.tag).toBe("iframe");
    expect(embed.light.mount.attributes.src).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
  });

  it("is shared with its social card, a 1200×630 PNG the build published", () => {
    const $ = page(site.outDir, FEATURES);
    const image = meta($, "og:image")!;
    expect(image).toMatch(new RegExp(`^${BASE}images/card-[\\w-]{16}\\.png$`));
    expect($('meta[name="twitter:image"]').attr("content")).toBe(image);
    const png = readFileSync(outputFile(site.outDir, image));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe("post page metadata and images in other sites", () => {
  const mark = readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png"));

  it("keeps a hostile title valid JSON inside its script element and escaped everywhere else", async () => {
    const title = `Quotes " and ' and </script><script>alert("x")</script> & <!-- more`;
    const root = makeSite({ "hostile.md": post({ title, author: 'Ann "The Pen" <b>', date: "2021-01-01", tags: ["</script>"], description: "A </script> description" }) });
    const site = await buildSite(root);
    expect(site.code).toBe(0);
    const html = readOutput(site.outDir, "posts/hostile/index.html");
    expect(html.match(/<script/g)?.length).toBe(1);
    const $ = page(site.outDir, "posts/hostile/index.html");
    const data = jsonLd($);
    expect(data.headline).toBe(title);
    expect(data.description).toBe("A </script> description");
    expect(data.author).toMatchObject({ name: 'Ann "The Pen" <b>' });
    expect(data.keywords).toEqual(["</script>"]);
    expect($("title").text()).toBe(`${title} · Fixture Blog`);
    expect(meta($, "og:title")).toBe(title);
    expect($("article h1").text()).toBe(title);
  });

  it("uses front matter image and imageAlt for social previews, and publishes only the images of shown posts", async () => {
    const root = makeSite({
      "cover.md": post({ title: "Cover", author: "A", date: "2021-01-01", image: "art/mark.png", imageAlt: "The office seal" }),
      "draft.md": post({ title: "Draft", author: "A", date: "2021-01-02", draft: true }, "![A seal](art/other.png)"),
      "art/mark.png": mark,
      "art/other.png": Buffer.concat([mark, Buffer.from([0])]),
    });
    const site = await buildSite(root);
    expect(site.code).toBe(0);
    const $ = page(site.outDir, "posts/cover/index.html");
    const image = meta($, "og:image")!;
    expect(image).toMatch(/^https:\/\/blog\.example\.org\/images\/[\w-]+-240\.png$/);
    expect(existsSync(path.join(site.outDir, "images", path.basename(image)))).toBe(true);
    expect(meta($, "og:image:alt")).toBe("The office seal");
    expect(jsonLd($).image).toEqual({ "@type": "ImageObject", url: image, width: 240, height: 240 });
    // The cover image heads the page with its imageAlt (the theme's cover), and the draft's image is not published.
    expect($("article img").map((_, img) => $(img).attr("alt")).get()).toEqual(["The office seal"]);
    const published = readdirSync(path.join(site.outDir, "images"));
    expect(published.length).toBe(3);
    expect(published.every((name) => name.startsWith(path.basename(image).split("-")[0]!))).toBe(true);
  });

  it("stops the build on a missing image, naming the post, the line and the path, and writes nothing", async () => {
    const root = makeSite({ "gone.md": post({ title: "Gone", author: "A", date: "2021-01-01" }, "Text.\n\n![A map](images/map.png)") });
    const site = await buildSite(root);
    expect(site.code).toBe(1);
    expect(site.stderr).toMatch(/posts\/gone\.md:9: image images\/map\.png does not exist \(looked for posts\/images\/map\.png\)/);
    expect(existsSync(site.outDir)).toBe(false);
  });

  it("shows a remote image as a link, with a warning, when downloading is turned off, and asks no host for it", async () => {
    const root = makeSite({ "remote.md": post({ title: "Remote", author: "A", date: "2021-01-01" }, "![A map](https://example.com/map.png)") }, { remoteImages: false });
    const site = await buildSite(root);
    expect(site.code).toBe(0);
    expect(site.stderr).toMatch(/^posts\/remote\.md:7: warning: image https:\/\/example\.com\/map\.png is not downloaded \(remoteImages: false in site\.config\.ts\), so it is shown as a link to it/m);
    expect(page(site.outDir, "posts/remote/index.html")(".post-body a[href='https://example.com/map.png']").text()).toBe("A map");
  });

  it("builds a post with an image without alt text, printing a warning that names the post and the image", async () => {
    const root = makeSite({ "bare.md": post({ title: "Bare", author: "A", date: "2021-01-01" }, "![](mark.png)"), "mark.png": mark });
    const site = await buildSite(root);
    expect(site.code).toBe(0);
    expect(site.stderr).toMatch(/^posts\/bare\.md:7: warning: image mark\.png has no alt text, so it is published as decorative \(alt=""\); describe what it shows/);
    expect(site.stderr).toContain("1 warning; the site was built.");
    expect(page(site.outDir, "posts/bare/index.html")("article img").attr("alt")).toBe("");
  });

  it("gives posts with three or more sections a table of contents when the site sets toc: auto", async () => {
    const sections = (count: number) => Array.from({ length: count }, (_, i) => `## Part ${i + 1}\n\nText.`).join("\n\n");
    const root = makeSite(
      {
        "three.md": post({ title: "Three", author: "A", date: "2021-01-01" }, sections(3)),
        "two.md": post({ title: "Two", author: "A", date: "2021-01-01" }, sections(2)),
        "off.md": post({ title: "Off", author: "A", date: "2021-01-01", toc: false }, sections(4)),
      },
      { toc: "auto" },
    );
    const site = await buildSite(root);
    expect(site.code).toBe(0);
    expect(page(site.outDir, "posts/three/index.html")("nav.toc a").map((_, a) => page(site.outDir, "posts/three/index.html")(a).text()).get()).toEqual(["Part 1", "Part 2", "Part 3"]);
    expect(page(site.outDir, "posts/two/index.html")("nav.toc").length).toBe(0);
    expect(page(site.outDir, "posts/off/index.html")("nav.toc").length).toBe(0);
  });

  it("loads one loader for a post's video and its comments, and none on a post with neither", async () => {
    const giscus = { provider: "giscus" as const, repo: "octo-org/blog", repoId: "R_1", category: "Comments", categoryId: "DIC_1" };
    const root = makeSite(
      {
        "film.md": post({ title: "Film", author: "A", date: "2021-01-01" }, "https://vimeo.com/76979871"),
        "quiet.md": post({ title: "Quiet", author: "A", date: "2021-01-02", comments: false }, "No video here."),
      },
      { comments: giscus, socialCards: false },
    );
    const built = await buildSite(root);
    expect(built.code).toBe(0);
    const film = page(built.outDir, "posts/film/index.html");
    expect(film("script[src]").map((_, el) => film(el).attr("src")).get()).toEqual(["../../assets/embeds.js"]);
    expect(film("[data-embed]").map((_, el) => film(el).attr("class")).get()).toEqual(["video", "comments-provider"]);
    const quiet = page(built.outDir, "posts/quiet/index.html");
    expect(quiet("script[src]").length).toBe(0);
  });

  it("sets the whole page right to left for a site written in Arabic", async () => {
    const root = makeSite({ "a.md": post({ title: "عنوان", author: "ك", date: "2021-01-01" }, "نص.") }, { language: "ar" });
    const site = await buildSite(root);
    expect(site.code).toBe(0);
    const $ = page(site.outDir, "posts/a/index.html");
    expect([$("html").attr("lang"), $("html").attr("dir")]).toEqual(["ar", "rtl"]);
    expect($("article").attr("lang")).toBeUndefined();
  });
});
