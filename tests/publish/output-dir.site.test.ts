import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { checkOutputDir, isRunning } from "../../src/publish/output-dir.ts";
import { ProblemsError } from "../../src/model/problem.ts";
import { ENGINE_ROOT, makeSite, post, tempDir } from "../helpers/site.ts";
import { buildSite } from "../helpers/build.ts";

describe("checkOutputDir", () => {
  const root = "/sites/blog";
  it.each([root, "/sites", "/", `${root}/posts`, path.join(ENGINE_ROOT, "src"), path.join(ENGINE_ROOT, "templates"), ENGINE_ROOT])("refuses %s", (out) => {
    expect(() => checkOutputDir(out, root, ENGINE_ROOT)).toThrow(ProblemsError);
  });

  it("accepts a folder of its own", () => {
    expect(() => checkOutputDir(`${root}/_site`, root, ENGINE_ROOT)).not.toThrow();
  });
});

describe("the output folder", () => {
  it("is replaced only by a build that succeeded", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "A", date: "2020-01-01" }) });
    const outDir = path.join(tempDir(), "_site");
    expect((await buildSite(root, { outDir })).code).toBe(0);
    const before = readFileSync(path.join(outDir, "posts/a/index.html"));

    writeFileSync(path.join(root, "posts", "broken.md"), "---\ntitle: [\n---\n");
    const failed = await buildSite(root, { outDir });
    expect(failed.code).toBe(1);
    expect(readFileSync(path.join(outDir, "posts/a/index.html"))).toEqual(before);
  });

  it("loses the pages of deleted posts", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "A", date: "2020-01-01" }), "b.md": post({ title: "B", author: "A", date: "2020-01-02" }) });
    const outDir = path.join(tempDir(), "_site");
    expect((await buildSite(root, { outDir })).code).toBe(0);
    mkdirSync(path.join(outDir, "stray"));
    await import("node:fs/promises").then((fs) => fs.rm(path.join(root, "posts", "b.md")));
    expect((await buildSite(root, { outDir })).code).toBe(0);
    expect(existsSync(path.join(outDir, "posts/b"))).toBe(false);
    expect(existsSync(path.join(outDir, "stray"))).toBe(false);
    expect(existsSync(path.join(outDir, "posts/a/index.html"))).toBe(true);
  });

  it("refuses to build into the site's own folder and deletes nothing", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "A", date: "2020-01-01" }) });
    const result = await buildSite(root, { outDir: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/output folder: .* is or contains .*, which a build must never replace/);
    expect(existsSync(path.join(root, "posts", "a.md"))).toBe(true);
  });
});

describe("a build killed half-way", () => {
  it("leaves nothing the next build does not clean up, Pagefind included, and nothing of a build still running is touched", async () => {
    const posts: Record<string, string> = {};
    for (let i = 1; i <= 40; i++) posts[`p${i}.md`] = post({ title: `Post ${i}`, author: "A", date: `2020-01-${String((i % 28) + 1).padStart(2, "0")}` }, "Words. ".repeat(200));
    const root = makeSite(posts);
    const outDir = path.join(tempDir(), "_site");
    expect((await buildSite(root, { outDir })).code).toBe(0);
    const before = readFileSync(path.join(outDir, "posts/p1/index.html"));

    // Without the build cache, which would find every post as the first build left it and start Pagefind only at the end.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ENGINE_ROOT, "src", "cli", "build.ts"), "--site", root, "--out", outDir, "--no-cache"], { cwd: ENGINE_ROOT, stdio: "ignore" });
    const staging = `${outDir}.building-${child.pid}`;
    const recorded = await vi.waitFor(
      () => {
        const helpers = JSON.parse(readFileSync(`${staging}.pids`, "utf8")) as { pid: number; pagefind: number[] };
        if (!helpers.pagefind.length || !existsSync(path.join(staging, "posts"))) throw new Error("not writing pages yet");
        return helpers;
      },
      // A new process loading tsx and Eleventy takes well over 30 s on a busy two-core machine.
      { timeout: 120_000, interval: 20 },
    );
    expect(recorded.pid).toBe(child.pid);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    // What a kill -9 leaves: the staging folder, and Pagefind while it is busy (a stand-in named pagefind, which a
    // real indexer may be or not by now), beside a process that got a recorded number since and is not Pagefind.
    expect(existsSync(staging)).toBe(true);
    const bin = path.join(tempDir(), "pagefind");
    copyFileSync("/bin/sleep", bin);
    const busyPagefind = spawn(bin, ["30"], { stdio: "ignore" });
    const unrelated = spawn("sleep", ["30"], { stdio: "ignore" });
    writeFileSync(`${staging}.pids`, JSON.stringify({ pid: child.pid, pagefind: [...recorded.pagefind, busyPagefind.pid, unrelated.pid] }));
    await vi.waitFor(() => expect(readFileSync(`/proc/${busyPagefind.pid}/stat`, "utf8")).toMatch(/^\d+ \(pagefind\)/));
    expect(readFileSync(path.join(outDir, "posts/p1/index.html"))).toEqual(before);

    // A concurrent build's staging folder: its process still runs.
    const live = `${outDir}.building-${unrelated.pid}`;
    mkdirSync(live);
    try {
      expect((await buildSite(root, { outDir })).code).toBe(0);
      expect(existsSync(staging)).toBe(false);
      expect(existsSync(`${staging}.pids`)).toBe(false);
      await vi.waitFor(() => expect(isRunning(busyPagefind.pid!)).toBe(false), { timeout: 5_000 });
      expect(isRunning(unrelated.pid!)).toBe(true);
      expect(existsSync(live)).toBe(true);
      expect(readdirSync(path.dirname(outDir)).sort()).toEqual(["_site", path.basename(live)]);
    } finally {
      busyPagefind.kill();
      unrelated.kill();
    }
  }, 240_000);
});
