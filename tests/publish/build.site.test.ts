import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE_ROOT, makeSite, page, post, tempDir } from "../helpers/site.ts";
import { buildSite, runCli } from "../helpers/build.ts";

function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, full)] = readFileSync(full, "utf8");
    }
  }
  return files;
}

describe("building a site", () => {
  it("takes slugs from front matter, from dated file names and from plain file names", async () => {
    const root = makeSite({
      "2021-03-04-from-a-dated-name.md": post({ title: "One", author: "A", date: "2021-03-04" }),
      "Plain Name.md": post({ title: "Two", author: "A", date: "2021-03-05" }),
      "2021-03-06-ignored-name.md": post({ title: "Three", author: "A", date: "2021-03-06", slug: "Chosen Slug" }),
    });
    const site = await buildSite(root);
    expect(site.code).toBe(0);
    for (const slug of ["from-a-dated-name", "plain-name", "chosen-slug"]) {
      expect(existsSync(path.join(site.outDir, "posts", slug, "index.html"))).toBe(true);
    }
    expect(existsSync(path.join(site.outDir, "posts", "ignored-name"))).toBe(false);
  });

  it("stops on a post missing a required field, naming the file and the field, and writes nothing", async () => {
    const root = makeSite({
      "good.md": post({ title: "Good", author: "A", date: "2021-01-01" }),
      "no-title.md": post({ author: "A", date: "2021-01-01" }),
      "bad-date.md": post({ title: "Bad", author: "A", date: "2021-02-30" }),
    });
    const site = await buildSite(root);
    expect(site.code).toBe(1);
    expect(site.stderr).toContain("posts/no-title.md: title: is missing");
    expect(site.stderr).toMatch(/posts\/bad-date\.md:4:1: date: "2021-02-30" is not a real date/);
    expect(site.stderr).toContain("2 problems found.");
    expect(existsSync(site.outDir)).toBe(false);
  });

  it("stops when two posts would get the same URL, naming both files", async () => {
    const root = makeSite({
      "2020-01-01-same.md": post({ title: "A", author: "A", date: "2020-01-01" }),
      "2021-01-01-same.md": post({ title: "B", author: "A", date: "2021-01-01" }),
    });
    const site = await buildSite(root);
    expect(site.code).toBe(1);
    expect(site.stderr).toMatch(/posts\/2021-01-01-same\.md: slug: gives the URL \/posts\/same\/, which posts\/2020-01-01-same\.md has already/);
  });

  it("shows the same calendar day and writes identical bytes in time zones a day apart", async () => {
    const root = makeSite({
      "2020-07-13-seed.md": post({ title: "Seed", author: "A", date: "2020-07-13" }),
      "late.md": post({ title: "Late", author: "A", date: "2020-12-31T23:30:00-10:00" }),
    });
    // Node reads the time zone once per process: each build is a process of its own (each loading tsx and Eleventy: slow on a busy machine), and each reads every post itself.
    const east = { outDir: path.join(tempDir(), "_site") };
    const west = { outDir: path.join(tempDir(), "_site") };
    expect((await runCli("build", ["--site", root, "--out", east.outDir, "--no-cache"], { TZ: "Pacific/Kiritimati" })).code).toBe(0);
    expect((await runCli("build", ["--site", root, "--out", west.outDir, "--no-cache"], { TZ: "Pacific/Pago_Pago" })).code).toBe(0);
    expect(tree(east.outDir)).toEqual(tree(west.outDir));
    const $ = page(east.outDir, "posts/seed/index.html");
    expect($("time").attr("datetime")).toBe("2020-07-13");
    expect($("time").text()).toBe("July 13, 2020");
    expect(page(west.outDir, "posts/late/index.html")("time").text()).toBe("December 31, 2020");
  }, 180_000);

  it("escapes front matter text in the page", async () => {
    const hostile = `<script>alert("x")</script> & "quotes"`;
    const root = makeSite({ "x.md": post({ title: hostile, author: hostile, date: "2020-01-01", slug: "x" }) });
    const site = await buildSite(root);
    expect(site.code).toBe(0);
    const html = readFileSync(path.join(site.outDir, "posts/x/index.html"), "utf8");
    expect(html).not.toContain("<script>");
    const $ = page(site.outDir, "posts/x/index.html");
    expect($("h1").text()).toBe(hostile);
    expect($(".author").text()).toBe(hostile);
  });

  it("hides drafts and posts dated in the future from a production build", async () => {
    const root = makeSite({
      "draft.md": post({ title: "Draft", author: "A", date: "2020-01-01", draft: true }),
      "future.md": post({ title: "Future", author: "A", date: "2030-01-01" }),
      "live.md": post({ title: "Live", author: "A", date: "2020-01-01" }),
    });
    const site = await buildSite(root, { now: "2026-01-01" });
    expect(site.code).toBe(0);
    expect(readdirSync(path.join(site.outDir, "posts"))).toEqual(["live"]);
    expect(page(site.outDir, "index.html")(".post-list h2").text()).toBe("Live");
  });

  it("builds more posts than the process may have files open, as under a low ulimit", async () => {
    const posts: Record<string, string> = {};
    for (let i = 0; i < 600; i++) posts[`post-${i}.md`] = post({ title: `Post ${i}`, author: "A", date: "2021-01-01" }, `Body ${i}.`);
    // Cards are drawn one at a time, one file open; drawing 600 would only make this test about time.
    const root = makeSite(posts, { socialCards: false });
    const outDir = path.join(root, "_site");
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        "bash",
        ["-c", 'ulimit -n 256 && exec "$0" --import tsx src/cli/build.ts --site "$1" --out "$2"', process.execPath, root, outDir],
        { cwd: ENGINE_ROOT },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: stdout + stderr }),
      );
    });
    expect(result.output).not.toContain("EMFILE");
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(outDir, "posts"))).toHaveLength(600);
  });
});
