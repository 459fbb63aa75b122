import { cpSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copySampleSite, FIXTURES, page } from "../helpers/site.ts";
import { check as checkCommand } from "../../src/cli/check.ts";
import { buildSite, runCommand, type BuiltSite } from "../helpers/build.ts";

/** A fresh copy of the sample site with one engine's posts dropped into posts/, checked and built. */
async function moveIn(engine: string): Promise<{ check: { code: number; stdout: string; stderr: string }; site: BuiltSite }> {
  const root = copySampleSite();
  cpSync(path.join(FIXTURES, "moving-in", engine), path.join(root, "posts"), { recursive: true });
  const check = await runCommand(checkCommand, ["--site", root]);
  const site = await buildSite(root, { now: "2026-01-01" });
  expect(site.code).toBe(0);
  return { check, site };
}

const redirectTarget = (outDir: string, file: string) => {
  const $ = page(outDir, file);
  const refresh = $('meta[http-equiv="refresh"]').attr("content") ?? "";
  return { refresh: refresh.replace(/^0; url=/, ""), canonical: $('link[rel="canonical"]').attr("href"), robots: $('meta[name="robots"]').attr("content") };
};

describe("moving in from Jekyll", () => {
  it("builds a _posts file with a +0200 date, categories, excerpt, redirect_from and {% highlight %}", async () => {
    const { check, site } = await moveIn("jekyll");
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/^posts\/2013-05-06-welcome-to-jekyll\.markdown:23:\d+: warning: \{\{ site\.url \}\} is another engine's template syntax/m);
    expect(check.stderr).toContain("0 problems and 1 warning found.");

    const $ = page(site.outDir, "posts/welcome-to-jekyll/index.html");
    expect($("h1").text()).toBe("Welcome to Jekyll!");
    expect($("article time").attr("datetime")).toBe("2013-05-06");
    expect($("article time").text()).toBe("May 6, 2013");
    expect($("article .author").text()).toBe("Tom Preston-Werner");
    expect($("pre code.language-ruby").text()).toContain('puts "Hi, #{name}"');
    expect($(".post-body").text()).toContain("{{ site.url }}");
    expect($(".post-body").text()).not.toContain("highlight");

    const redirect = redirectTarget(site.outDir, "jekyll/update/2013/05/06/welcome-to-jekyll.html");
    expect(redirect).toEqual({ refresh: "../../../../../posts/welcome-to-jekyll/index.html", canonical: "https://example.com/posts/welcome-to-jekyll/", robots: "noindex" });
    const home = page(site.outDir, "index.html");
    expect(home(".post-list .excerpt").text()).toContain("The first post of a Jekyll blog, moved as it was.");
  });
});

describe("moving in from Hugo", () => {
  it("builds a TOML post with lastmod, authors, categories, summary, aliases and a shortcode", async () => {
    const { check, site } = await moveIn("hugo");
    expect(check.code).toBe(0);
    // {{< youtube >}} becomes the video placeholder the writing issue made for a YouTube link alone on its line.
    expect(check.stderr).not.toContain("youtube");

    const $ = page(site.outDir, "posts/creating-a-new-theme/index.html");
    expect($("article .author").text()).toBe("Michael Henderson and Jane Doe");
    expect($("article time").first().attr("datetime")).toBe("2014-09-28");
    expect($(".post-body h2").first().text()).toBe("The layouts folder");
    expect($(".video .video-title a").attr("href")).toBe("https://www.youtube.com/watch?v=w7Ft2ymGmfc");
    expect($(".post-body").text()).not.toContain("{{<");
    for (const from of ["old/creating-a-new-theme/index.html", "2014/09/theme.html"]) {
      expect(redirectTarget(site.outDir, from).canonical).toBe("https://example.com/posts/creating-a-new-theme/");
    }
    expect(redirectTarget(site.outDir, "2014/09/theme.html").refresh).toBe("../../posts/creating-a-new-theme/index.html");
    const summary = page(site.outDir, "index.html")(".post-list li").filter((_, li) => page(site.outDir, "index.html")(li).text().includes("Creating a New Theme"));
    expect(summary.find(".excerpt").text()).toBe("How a Hugo theme is put together, from layouts to partials.");
  });
});

describe("moving in from Zola", () => {
  it("builds a folder post dated by its folder name, with its image and files beside it", async () => {
    const { check, site } = await moveIn("zola");
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("No problems found in 4 posts and 1 page.");

    const $ = page(site.outDir, "posts/zola-trip/index.html");
    expect($("h1").text()).toBe("A Trip with Zola");
    expect($("article time").attr("datetime")).toBe("2019-03-01");
    for (const ref of [$('a:contains("download the map")').attr("href"), $("article img").attr("src")]) {
      expect(ref).toBeTruthy();
      expect(existsSync(path.join(site.outDir, "posts/zola-trip", ref!))).toBe(true);
    }
    expect(readFileSync(path.join(site.outDir, "posts/zola-trip/map.txt"), "utf8")).toContain("Kut to Baghdad");
    expect(redirectTarget(site.outDir, "journal/zola-trip/index.html").refresh).toBe("../../posts/zola-trip/index.html");
  });
});

describe("moving in from Astro", () => {
  it("builds a post with pubDate and updatedDate as Astro's starter writes them, and keeps its draft out", async () => {
    const { check, site } = await moveIn("astro");
    expect(check.code).toBe(0);
    const $ = page(site.outDir, "posts/first-post/index.html");
    expect($("article time").first().attr("datetime")).toBe("2022-07-08");
    expect($("article .author").text()).toBe("Nicholas Doumouras, Jr.");
    expect(existsSync(path.join(site.outDir, "posts/unfinished-post"))).toBe(false);
    expect(readFileSync(path.join(site.outDir, "index.html"), "utf8")).not.toContain("An unfinished post");
  });
});

describe("moving in from Eleventy", () => {
  it("builds a post with permalink, a posts tag and the image shortcode, whose picture is processed like any other", async () => {
    const { check, site } = await moveIn("eleventy");
    expect(check.code).toBe(0);
    expect(check.stderr).not.toContain("possum");
    const $ = page(site.outDir, "posts/fifth-post/index.html");
    expect($("h1").text()).toBe("This is my fifth post.");
    expect($("article picture img").attr("alt")).toBe("A possum parent and two possum kids");
    expect(redirectTarget(site.outDir, "blog/fifth-post/index.html").refresh).toBe("../../posts/fifth-post/index.html");
  });
});

describe("moving in: what is refused", () => {
  it("lists other formats once as skipped and refuses unsafe old addresses", async () => {
    const root = copySampleSite();
    cpSync(path.join(FIXTURES, "moving-in", "astro", "first-post.md"), path.join(root, "posts", "component-post.mdx"));
    cpSync(path.join(FIXTURES, "moving-in", "astro", "first-post.md"), path.join(root, "posts", "escape.md"));
    const escape = path.join(root, "posts", "escape.md");
    const text = readFileSync(escape, "utf8").replace("heroImage:", "aliases: [\"../../etc/passwd\"]\nheroImage:");
    await import("node:fs/promises").then((fs) => fs.writeFile(escape, text));
    const check = await runCommand(checkCommand, ["--site", root]);
    expect(check.code).toBe(1);
    expect(check.stdout.split("\n").filter((line) => line.includes("component-post.mdx"))).toEqual([
      "posts/component-post.mdx: skipped: not a post; only .md and .markdown files are posts (rename it if it is plain Markdown)",
    ]);
    expect(check.stderr).toMatch(/^posts\/escape\.md:6:1: aliases: "\.\.\/\.\.\/etc\/passwd" is not a safe path/m);
  });

  it("refuses an old address that another post already has", async () => {
    const root = copySampleSite();
    cpSync(path.join(FIXTURES, "moving-in", "hugo"), path.join(root, "posts"), { recursive: true });
    const copy = path.join(root, "posts", "copy-of-theme.md");
    cpSync(path.join(root, "posts", "creating-a-new-theme.md"), copy);
    const build = await buildSite(root);
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/posts\/creating-a-new-theme\.md:\d+:\d+: aliases: gives the URL \/old\/creating-a-new-theme\/, which posts\/copy-of-theme\.md has already/);
  });
});

describe("moving in: the movers' summary of npm run check", () => {
  it("ends the check with what was read under other names, emptied, converted and left as text", async () => {
    const root = copySampleSite();
    for (const engine of ["jekyll", "hugo", "eleventy"]) cpSync(path.join(FIXTURES, "moving-in", engine), path.join(root, "posts"), { recursive: true });
    const checked = await runCommand(checkCommand, ["--site", root]);
    expect(checked.code).toBe(0);
    const summary = checked.stdout.slice(checked.stdout.indexOf("Moving in from another engine:")).trimEnd().split("\n");
    expect(summary).toEqual([
      "Moving in from another engine:",
      "  fields read under other engines' names: categories → tags (2 posts), authors → author (1 post), excerpt → description (1 post), lastmod → updated (1 post), summary → description (1 post)",
      "  tags and shortcodes converted: {% image %} (1×), {{< youtube >}} (1×)",
      "  tags and shortcodes left as text (see the warnings): {{ site.url }} (1×)",
    ]);
    expect(checked.stdout.trimEnd().endsWith(summary.at(-1)!)).toBe(true);
  });
});
