import { appendFileSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { build as buildCommand } from "../../src/cli/build.ts";
import { OUTPUT_RECORD_FILE } from "../../src/publish/output-record.ts";
import { buildValue, runCommand } from "../helpers/build.ts";
import { filesOf, makeSite, post, tempDir } from "../helpers/site.ts";

const NOW = Date.parse("2026-01-01");

async function blog() {
  const root = makeSite(
    {
      "a.md": post({ title: "Alpha", author: "Amira Haddad", date: "2021-01-01", tags: ["rivers"] }, "Alpha's words about a river."),
      "b.md": post({ title: "Beta", author: "Ben Okafor", date: "2021-02-01" }, "Beta's words about a mountain."),
      "later.md": post({ title: "Later", author: "Ben Okafor", date: "2026-06-01" }, "Words for the summer."),
    },
    { socialCards: false },
  );
  mkdirSync(path.join(root, "public"));
  writeFileSync(path.join(root, "public/notes.txt"), "first notes\n");
  writeFileSync(path.join(root, "authors.yaml"), "- name: Amira Haddad\n  bio: Writes about rivers.\n");
  return root;
}

/** Each output file's inode and change time: both move when a file is written again, even with the same bytes. */
function writesOf(outDir: string): Map<string, string> {
  return new Map([...filesOf(outDir).keys()].map((file) => [file, `${statSync(path.join(outDir, file)).ino} ${statSync(path.join(outDir, file)).ctimeMs}`]));
}

/** A build of `root` into `outDir` as of `now`, with the build cache. */
const build = (root: string, outDir: string, now = NOW) => buildValue({ root, outDir, now, workers: 0 });

/** What a build from nothing writes for the site, into a folder of its own. */
async function cold(root: string, now = NOW): Promise<Map<string, Buffer>> {
  const outDir = path.join(tempDir("broadsheet-out-"), "_site");
  await buildValue({ root, outDir, now, workers: 0, cache: false });
  return filesOf(outDir);
}

/** What a build from nothing writes for the blog as `blog()` makes it: built once, as no page names the folder it was built from. */
let unchangedBlog: Promise<Map<string, Buffer>> | undefined;
const coldUnchanged = () => (unchangedBlog ??= blog().then((root) => cold(root)));

function expectFiles(outDir: string, expected: Map<string, Buffer>) {
  const actual = filesOf(outDir);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [file, bytes] of expected) expect(actual.get(file)?.equals(bytes), file).toBe(true);
}

describe("a build of a site that has not changed", () => {
  it("writes nothing, says so, and leaves every file of the output as it was", async () => {
    const root = await blog();
    const outDir = path.join(tempDir("broadsheet-out-"), "_site");
    expect((await build(root, outDir)).written).toBe(true);
    const before = writesOf(outDir);
    const again = await build(root, outDir);
    expect(again.written).toBe(false);
    expect(again.files).toBe(before.size);
    expect(writesOf(outDir)).toEqual(before);
    const printed = await runCommand(buildCommand, ["--site", root, "--out", outDir, "--now", "2026-01-01"]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(new RegExp(`is up to date: 2 posts \\(${before.size} files\\), nothing changed since the last build`));
    expect(writesOf(outDir)).toEqual(before);
    expectFiles(outDir, await coldUnchanged());
  }, 120_000);

  it.each([
    ["a file changed in place to the same size", (outDir: string) => writeFileSync(path.join(outDir, "index.html"), readFileSync(path.join(outDir, "index.html"), "utf8").replace("Alpha", "Alpho"))],
    ["a file touched", (outDir: string) => utimesSync(path.join(outDir, "index.html"), new Date(), new Date())],
    ["a file removed", (outDir: string) => rmSync(path.join(outDir, "posts", "b", "index.html"))],
    ["a file added", (outDir: string) => writeFileSync(path.join(outDir, "stray.html"), "<p>stray</p>")],
    ["a folder added", (outDir: string) => mkdirSync(path.join(outDir, "stray"))],
    ["a link added", (outDir: string) => symlinkSync("index.html", path.join(outDir, "home.html"))],
    ["the folder replaced by a copy of itself", (outDir: string) => {
      cpSync(outDir, `${outDir}.copy`, { recursive: true, preserveTimestamps: true });
      rmSync(outDir, { recursive: true });
      renameSync(`${outDir}.copy`, outDir);
    }],
  ])("builds it again after %s in the output, as a build from nothing would", async (_, change) => {
    const root = await blog();
    const outDir = path.join(tempDir("broadsheet-out-"), "_site");
    await build(root, outDir);
    change(outDir);
    expect((await build(root, outDir)).written).toBe(true);
    expectFiles(outDir, await coldUnchanged());
    expect((await build(root, outDir)).written).toBe(false);
  }, 120_000);

  it.each([
    ["a post", (root: string) => appendFileSync(path.join(root, "posts/b.md"), "\nOne more sentence.\n")],
    ["the authors file, which only the author pages show", (root: string) => writeFileSync(path.join(root, "authors.yaml"), "- name: Amira Haddad\n  bio: Writes about lakes.\n")],
    ["a file of public/, to the same size", (root: string) => writeFileSync(path.join(root, "public/notes.txt"), "other notes\n")],
  ])("builds again when %s changed", async (_, change) => {
    const root = await blog();
    const outDir = path.join(tempDir("broadsheet-out-"), "_site");
    await build(root, outDir);
    change(root);
    expect((await build(root, outDir)).written).toBe(true);
    expectFiles(outDir, await cold(root));
  }, 120_000);

  it("builds again on the day a scheduled post is published, and not before", async () => {
    const root = await blog();
    const outDir = path.join(tempDir("broadsheet-out-"), "_site");
    await build(root, outDir);
    expect((await build(root, outDir, Date.parse("2026-05-31"))).written).toBe(false);
    const published = await build(root, outDir, Date.parse("2026-06-02"));
    expect(published.written).toBe(true);
    expect(filesOf(outDir).has(path.join("posts", "later", "index.html"))).toBe(true);
    expectFiles(outDir, await cold(root, Date.parse("2026-06-02")));
  }, 120_000);

  it("builds again into another folder, without the cache, and with a record that is damaged or not its own", async () => {
    const root = await blog();
    const outDir = path.join(tempDir("broadsheet-out-"), "_site");
    await build(root, outDir);
    expect((await buildValue({ root, outDir, now: NOW, workers: 0, cache: false })).written).toBe(true);
    await build(root, outDir);
    const record = path.join(root, OUTPUT_RECORD_FILE);
    const text = readFileSync(record, "utf8");
    for (const damaged of [text.slice(0, text.length / 2), text.replace(/"key":"[0-9a-f]{8}/, '"key":"00000000'), "{}", ""]) {
      writeFileSync(record, damaged);
      expect((await build(root, outDir)).written).toBe(true);
    }
    const elsewhere = path.join(tempDir("broadsheet-out-"), "_site");
    expect((await build(root, elsewhere)).written).toBe(true);
    // The record follows the last build: the first folder is no longer the one it describes.
    expect((await build(root, outDir)).written).toBe(true);
    expectFiles(outDir, await coldUnchanged());
  }, 180_000);
});
