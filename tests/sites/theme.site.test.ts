import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadSite } from "../../src/site/load.ts";
import { formatProblem } from "../../src/model/problem.ts";
import { buildSite } from "../helpers/build.ts";
import { makeSite, page, post, readOutput } from "../helpers/site.ts";

describe("the theme on built sites", () => {
  const { sample, "language-fr": fr, "language-ar": ar } = inject("sites");

  it("copies the shipped fonts and preloads the faces of text, headings and interface, from the site itself", () => {
    expect(existsSync(path.join(sample.outDir, "assets/fonts/source-serif-4-latin-400-normal.woff2"))).toBe(true);
    const $ = page(sample.outDir, "posts/deteriorating-security-situation-in-iraq/index.html");
    const preload = $('link[rel="preload"][as="font"]');
    expect(preload.map((_, link) => $(link).attr("href")).get()).toEqual([
      "../../assets/fonts/source-serif-4-latin-400-normal.woff2",
      "../../assets/fonts/source-serif-4-latin-600-normal.woff2",
      "../../assets/fonts/ibm-plex-sans-arabic-latin-400-normal.woff2",
    ]);
    expect(preload.map((_, link) => $(link).attr("crossorigin")).get()).toEqual(["anonymous", "anonymous", "anonymous"]);
    expect($('link[rel="stylesheet"]').map((_, link) => $(link).attr("href")).get()).toEqual(["../../assets/style.css"]);
  });

  it("preloads the italic too on the home page, whose first screen shows the site's description in it", () => {
    const $ = page(sample.outDir, "index.html");
    expect($(".home-lede").text()).toBe("Long-form analysis of conflicts, militias and the politics of security.");
    expect($('link[rel="preload"][as="font"]').map((_, link) => $(link).attr("href")).get()).toEqual([
      "assets/fonts/source-serif-4-latin-400-normal.woff2",
      "assets/fonts/source-serif-4-latin-600-normal.woff2",
      "assets/fonts/ibm-plex-sans-arabic-latin-400-normal.woff2",
      "assets/fonts/source-serif-4-latin-400-italic.woff2",
    ]);
    // Arabic is never set in italic: an Arabic home page, description and all, preloads its two faces only.
    const arabic = page(ar.outDir, "index.html");
    expect(arabic(".home-lede").text()).toBe("ملاحظات ميدانية من ميناء يعمل.");
    expect(arabic('link[rel="preload"][as="font"]').map((_, link) => arabic(link).attr("href")).get()).toEqual([
      "assets/fonts/ibm-plex-sans-arabic-arabic-400-normal.woff2",
      "assets/fonts/ibm-plex-sans-arabic-arabic-600-normal.woff2",
    ]);
  });

  it("shows the site's title once on the home page: the h1 repeats it for screen readers only", () => {
    const $ = page(sample.outDir, "index.html");
    expect($("h1").text()).toBe("The Security Brief");
    expect($("h1").hasClass("visually-hidden")).toBe(true);
  });

  it("speaks French on a French site: chrome, dates, plurals, and the accent of its settings", () => {
    const $ = page(fr.outDir, "posts/le-premier-bac/index.html");
    expect($("html").attr("lang")).toBe("fr");
    expect($(".skip-link").text()).toBe("Aller au contenu");
    expect($(".site-nav a").map((_, a) => $(a).text()).get()).toEqual(["Archives", "Étiquettes", "Recherche"]);
    expect($(".byline time").first().text()).toBe("2 mai 2024");
    expect($(".reading-time").text()).toBe("1 min de lecture");
    expect($("#comments-heading").text()).toBe("Commentaires");
    expect($("head style").text()).toBe("@media screen{:root{--accent:#1d5794}}@media screen and (prefers-color-scheme:dark){:root{--accent:#8cc4ff}}");
    expect(page(fr.outDir, "archive/index.html")(".lede").text()).toBe("2 articles, du plus récent au plus ancien.");
    expect(fr.stderr).toBe("");
  });

  it("writes the Markdown renderer's words and the search box's name in the site's language too", () => {
    const $ = page(fr.outDir, "posts/le-premier-bac/index.html");
    expect($(".callout-note").attr("aria-label")).toBe("Remarque");
    expect($(".callout-title").text()).toBe("Remarque");
    expect($("section.footnotes").attr("aria-label")).toBe("Notes");
    expect($(".footnote-backref").attr("aria-label")).toBe("Retour à l’appel de note 1");
    expect($(".video-host").text()).toBe("Vidéo hébergée par Vimeo. Votre navigateur ne contacte player.vimeo.com que si vous la lancez ici. Politique de confidentialité");
    expect($(".video .embed-load").text()).toBe("Lire la vidéo");
    expect(page(fr.outDir, "search/index.html")("#search").attr("data-label")).toBe("Rechercher dans les articles");
    const arabic = page(ar.outDir, "posts/awal-abbara/index.html");
    expect(arabic(".callout-title").text()).toBe("ملاحظة");
    expect(arabic("section.footnotes").attr("aria-label")).toBe("الحواشي");
    expect(arabic(".footnote-backref").attr("aria-label")).toBe("العودة إلى الإحالة 1");
    expect(arabic(".video .embed-load").text()).toBe("تشغيل الفيديو");
    expect(page(ar.outDir, "search/index.html")("#search").attr("data-label")).toBe("ابحث في التدوينات");
    // The English site keeps its English words.
    expect(page(sample.outDir, "search/index.html")("#search").attr("data-label")).toBe("Search the posts");
  });

  it("gives a post with an image its cover, with the writer's alt text, and a header with standfirst and tags", () => {
    const $ = page(fr.outDir, "posts/le-premier-bac/index.html");
    const cover = $(".cover picture img");
    expect(cover.attr("alt")).toBe("Le bac quittant le port à l’aube");
    expect(cover.attr("loading")).toBe("eager");
    expect(cover.attr("width")).toMatch(/^\d+$/);
    expect($(".cover picture source").map((_, source) => $(source).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
    for (const src of [cover.attr("src")!, ...($(".cover source").attr("srcset") ?? "").split(", ").map((entry) => entry.split(" ")[0]!)]) {
      expect(existsSync(path.join(fr.outDir, "posts/le-premier-bac", src)), src).toBe(true);
    }
    expect($(".post-header .standfirst").text()).toBe("Ce que l’on voit du quai avant l’ouverture de la criée.");
    expect($(".post-header .tag-list a").map((_, a) => $(a).text()).get()).toEqual(["port", "matin"]);
  });

  it("lists each post with a thumbnail (its cover, else its first image), excerpt, byline and reading time", () => {
    const $ = page(fr.outDir, "index.html");
    const items = $(".post-list > li");
    expect(items.length).toBe(2);
    items.each((_, item) => {
      expect($(item).find(".thumbnail picture img").attr("alt")).toBe("");
      expect($(item).find(".thumbnail").attr("tabindex")).toBe("-1");
      expect($(item).find(".excerpt").text()).not.toBe("");
      expect($(item).find(".reading-time").text()).toBe("1 min de lecture");
    });
    // The first thumbnail is on the first screen: fetched at once and first; the others wait until they come near.
    const images = items.find(".thumbnail img");
    expect(images.map((_, img) => `${$(img).attr("loading")} ${$(img).attr("fetchpriority") ?? "auto"}`).get()).toEqual(["eager high", "lazy auto"]);
    // The sample site's posts have no image: no thumbnail, no empty link.
    expect(page(sample.outDir, "index.html")(".thumbnail").length).toBe(0);
  });

  it("offers share links as plain addresses, with the post's title and address encoded, and no script", () => {
    const $ = page(fr.outDir, "posts/le-premier-bac/index.html");
    const links = $(".share a").map((_, a) => $(a).attr("href")).get();
    const url = encodeURIComponent("https://example.fr/posts/le-premier-bac/");
    expect(links).toEqual([
      `mailto:?subject=${encodeURIComponent("Le premier bac de la journée")}&body=${url}`,
      `https://mastodonshare.com/?text=${encodeURIComponent("Le premier bac de la journée")}&url=${url}`,
      `https://bsky.app/intent/compose?text=${encodeURIComponent("Le premier bac de la journée https://example.fr/posts/le-premier-bac/")}`,
      `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    ]);
    // The one script is the loader of the post's video, which a page without a video does not have either.
    expect($("script[src]").map((_, script) => $(script).attr("src")).get()).toEqual(["../../assets/embeds.js"]);
    expect(page(sample.outDir, "posts/deteriorating-security-situation-in-iraq/index.html")(".share").length).toBe(0);
  });

  it("runs an Arabic site right to left throughout, in Arabic, preloading the Arabic face", () => {
    for (const file of ["index.html", "posts/awal-abbara/index.html", "archive/index.html", "search/index.html", "404.html"]) {
      const $ = page(ar.outDir, file);
      expect($("html").attr("dir"), file).toBe("rtl");
      expect($("html").attr("lang"), file).toBe("ar");
    }
    const $ = page(ar.outDir, "posts/awal-abbara/index.html");
    expect($('link[rel="preload"][as="font"]').map((_, link) => $(link).attr("href")).get()).toEqual([
      "../../assets/fonts/ibm-plex-sans-arabic-arabic-400-normal.woff2",
      "../../assets/fonts/ibm-plex-sans-arabic-arabic-600-normal.woff2",
    ]);
    expect($(".toc-title").text()).toBe("المحتويات");
    expect($(".reading-time").text()).toBe("قراءة في دقيقة واحدة");
    expect(page(ar.outDir, "archive/index.html")(".lede").text()).toBe("تدوينتان، الأحدث أولًا.");
    expect(readOutput(ar.outDir, "404.html")).toContain("الصفحة غير موجودة");
    expect(ar.stderr).toBe("");
  });
});

describe("theme files from public/, published by the build", () => {
  it("links the logo, favicon, stylesheet and avatar to the files public/ publishes, from the home page and a post's page", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "Amira", date: "2024-01-01" }) }, { language: "fr", theme: { logo: "brand/logo.svg", favicon: "icon.png", stylesheet: "custom.css" } });
    mkdirSync(path.join(root, "public", "brand"), { recursive: true });
    mkdirSync(path.join(root, "public", "avatars"));
    writeFileSync(path.join(root, "public", "brand", "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
    writeFileSync(path.join(root, "public", "icon.png"), "not looked at");
    writeFileSync(path.join(root, "public", "custom.css"), "body { color: red }");
    writeFileSync(path.join(root, "public", "avatars", "amira.svg"), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
    writeFileSync(path.join(root, "authors.yaml"), "- name: Amira\n  avatar: avatars/amira.svg\n");
    const built = await buildSite(root, { now: "2026-01-01T00:00:00Z" });
    expect(built.stderr).toBe("");
    for (const file of ["index.html", "posts/a/index.html"]) {
      const $ = page(built.outDir, file);
      const links = [$(".site-logo").attr("src"), $('link[rel="icon"]').attr("href"), $('link[rel="stylesheet"][href$="custom.css"]').attr("href")];
      if (file !== "index.html") links.push($(".byline .avatar").attr("src"));
      for (const link of links) {
        expect(link, file).toBeDefined();
        expect(existsSync(path.join(built.outDir, path.dirname(file), link!)), `${file}: ${link}`).toBe(true);
      }
      // The new chrome speaks the site's language too.
      expect($(".site-nav a").map((_, a) => $(a).text()).get()).toEqual(["Archives", "Étiquettes", "Recherche"]);
      expect($(".site-footer .subscribe").text()).toBe("S’abonner : Atom · RSS · JSON Feed");
      expect($(".site-footer .copyright").text()).toBe("© 2024 Fixture Blog");
    }
  });
});

describe("theme settings a site cannot keep", () => {
  it("names a logo, favicon or stylesheet missing from public/, one line each", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "A", date: "2024-01-01" }) }, { theme: { logo: "logo.svg", favicon: "icon.png", stylesheet: "custom.css" } });
    mkdirSync(path.join(root, "public"));
    writeFileSync(path.join(root, "public", "custom.css"), "body { color: red }");
    const site = await loadSite(root, { mode: "production", now: Date.parse("2026-01-01") });
    expect(site.problems.map(formatProblem)).toEqual([
      'site.config.ts: theme.logo: is "logo.svg", but public/logo.svg does not exist; expected a file in the site\'s public/ folder, named relative to it',
      'site.config.ts: theme.favicon: is "icon.png", but public/icon.png does not exist; expected a file in the site\'s public/ folder, named relative to it',
    ]);
  });

  it("warns once, by language, when the site's language has no strings", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "A", date: "2024-01-01" }) }, { language: "ja" });
    const site = await loadSite(root, { mode: "production", now: Date.parse("2026-01-01") });
    expect(site.warnings.map(formatProblem).filter((line) => line.includes("language"))).toEqual([
      "site.config.ts: warning: language: is \"ja\", for which Broadsheet has no strings, so the pages' own words are in English (dates and numbers still follow \"ja\"); strings ship for en, fr, de, es, ar",
    ]);
  });
});
