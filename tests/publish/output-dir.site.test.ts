import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputDir } from "../../src/publish/output-dir.ts";
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
