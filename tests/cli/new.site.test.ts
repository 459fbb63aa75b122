import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePostDate } from "../../src/content/dates.ts";
import { makeSite, page } from "../helpers/site.ts";
import { newPost } from "../../src/cli/new.ts";
import { buildSite, runCommand } from "../helpers/build.ts";

describe("npm run new", () => {
  it("writes posts/<slug>.md with title, default author and today's date, prints its path, and the post builds", async () => {
    const root = makeSite({}, { defaultAuthor: "Default Writer" });
    const before = new Date().toISOString().slice(0, 10);
    const result = await runCommand(newPost, ["--site", root, 'Iraq: "What Next?"']);
    const after = new Date().toISOString().slice(0, 10);
    expect(result.code).toBe(0);
    const file = path.join(root, "posts", "iraq-what-next.md");
    // The path is printed relative to the folder the command runs in.
    expect(path.resolve(process.cwd(), result.stdout.trim())).toBe(file);

    const text = readFileSync(file, "utf8");
    expect(text).toContain(`title: 'Iraq: "What Next?"'`);
    expect(text).toContain("author: Default Writer");
    const day = /^date: (\S+)$/m.exec(text)?.[1] ?? "";
    expect(parsePostDate(day).ok).toBe(true);
    expect([before, after]).toContain(day);

    const site = await buildSite(root, { now: "2100-01-01" });
    expect(site.code).toBe(0);
    expect(page(site.outDir, "posts/iraq-what-next/index.html")("h1").text()).toBe('Iraq: "What Next?"');
  });

  it("never overwrites an existing post", async () => {
    const root = makeSite({}, { defaultAuthor: "A" });
    const file = path.join(root, "posts", "taken.md");
    writeFileSync(file, "my words");
    const result = await runCommand(newPost, ["--site", root, "Taken"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/taken\.md already exists; nothing was written/);
    expect(readFileSync(file, "utf8")).toBe("my words");
  });

  it("asks for a title", async () => {
    const result = await runCommand(newPost, ["--site", makeSite({})]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('npm run new -- "Title of the post"');
  });
});
