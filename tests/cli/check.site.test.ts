import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFixture, makeSite, post } from "../helpers/site.ts";
import { check } from "../../src/cli/check.ts";
import { buildSite, runCommand, type CommandResult } from "../helpers/build.ts";

/** Each file of tests/fixtures/bad-posts (plus the generated ones) and the start of the problem it must get. */
const EXPECTED: Array<[file: string, problem: RegExp]> = [
  ["unclosed-quote.md", /^posts\/unclosed-quote\.md:2:8: broken YAML: Missing closing "quote; expected a closing quote/],
  ["tab-indent.md", /^posts\/tab-indent\.md:3:1: broken YAML: a tab is used for indentation; expected spaces$/],
  ["duplicate-key.md", /^posts\/duplicate-key\.md:5:1: broken YAML: a field is given twice; expected each field once$/],
  ["never-closed.md", /^posts\/never-closed\.md:1:1: the front matter block opened here is never closed; expected a line ---/],
  ["list-front-matter.md", /^posts\/list-front-matter\.md:2:1: the front matter is a list; expected fields/],
  ["string-front-matter.md", /^posts\/string-front-matter\.md:2:1: the front matter is a single value; expected fields/],
  ["colon-in-title.md", /^posts\/colon-in-title\.md:2:8: broken YAML: a value contains a colon followed by a space; expected such text in quotes/],
  ["missing-title.md", /^posts\/missing-title\.md: title: is missing; expected the post's title/],
  ["empty-title.md", /^posts\/empty-title\.md:2:1: title: is empty; expected the post's title/],
  ["whitespace-title.md", /^posts\/whitespace-title\.md:2:1: title: is empty; expected the post's title/],
  ["title-list.md", /^posts\/title-list\.md:2:1: title: is a list; expected the post's title as text/],
  ["title-number.md", /^posts\/title-number\.md:2:1: title: is a number; expected the post's title as text/],
  ["missing-author.md", /^posts\/missing-author\.md: author: is missing; expected the author's name, or a defaultAuthor in site\.config\.ts$/],
  ["missing-date.md", /^posts\/missing-date\.md: date: is missing; expected the publication date as YYYY-MM-DD/],
  ["tags-not-text.md", /^posts\/tags-not-text\.md:5:1: tags: item 2 is a number; expected each tag as text/],
  ["tags-not-text.md", /^posts\/tags-not-text\.md:5:1: tags: item 3 is a set of fields; expected each tag as text/],
  ["date-february-30.md", /^posts\/date-february-30\.md:4:1: date: "2020-02-30" is not a real date \(February 2020 has 29 days\); expected a date as YYYY-MM-DD/],
  ["date-month-13.md", /^posts\/date-month-13\.md:4:1: date: "2020-13-01" has month 13, which does not exist/],
  ["date-words.md", /^posts\/date-words\.md:4:1: date: "July 13" is not a date; expected a date as YYYY-MM-DD/],
  ["date-empty.md", /^posts\/date-empty\.md:4:1: date: is empty; expected a date/],
  ["typo-titel.md", /^posts\/typo-titel\.md:2:1: titel: is not a field Broadsheet knows, and title is missing; did you mean "title"\?$/],
  ["typo-autor.md", /^posts\/typo-autor\.md:3:1: autor: is not a field Broadsheet knows, and author is missing; did you mean "author"\?$/],
  ["2020-02-02-same-url.md", /^posts\/2020-02-02-same-url\.md: slug: gives the URL \/posts\/same-url\/, which posts\/2020-01-01-same-url\.md has already/],
  ["slug-dot-dot.md", /^posts\/slug-dot-dot\.md:5:1: slug: "\.\.\/x" could point outside the post's folder/],
  ["slug-absolute.md", /^posts\/slug-absolute\.md:5:1: slug: "\/etc\/x" could point outside/],
  ["slug-middle.md", /^posts\/slug-middle\.md:5:1: slug: "a\/\.\.\/\.\.\/b" could point outside/],
  ["slug-encoded.md", /^posts\/slug-encoded\.md:5:1: slug: "%2e%2e%2fx" could point outside/],
  ["slug-backslash.md", /^posts\/slug-backslash\.md:5:1: slug: "a\\b" could point outside/],
  ["slug-nul.md", /^posts\/slug-nul\.md:5:1: slug: "a\\u0000b" could point outside/],
  ["executable-js.md", /^posts\/executable-js\.md:1:4: front matter in "js" is refused; only YAML, TOML and JSON front matter is read/],
  ["executable-javascript.md", /^posts\/executable-javascript\.md:1:4: front matter in "javascript" is refused/],
  ["not-utf8.md", /^posts\/not-utf8\.md: is not valid UTF-8 text; expected the file to be saved as UTF-8$/],
  ["empty.md", /^posts\/empty\.md: the file is empty; expected front matter/],
];

/** Files that build, with the one warning each must get. */
const WARNED: Array<[file: string, warning: RegExp]> = [
  ["typo-update.md", /^posts\/typo-update\.md:5:1: warning: update: is not a field Broadsheet knows, so it is ignored; did you mean "updated"\?$/],
];

/** Files that must produce no problem at all: accepted variants and stray files that are not posts. */
const ACCEPTED = ["ok-jekyll-tag.md", "ok-hugo-capital-date.md", "ok-date-time-without-offset.md", "ok-date-time-with-offset.md", "ok-tags-as-text.md", "ok-no-body.md", "bom-crlf.md", "notes.txt", ".DS_Store", ".#draft.md", "draft.md~", ".draft.md.swp", "photo.png", "2020-01-01-same-url.md"];

function badSite(): { root: string; marker: string } {
  const root = copyFixture("bad-posts");
  const marker = path.join(root, "front-matter-ran.txt");
  for (const name of ["executable-js.md", "executable-javascript.md"]) {
    const file = path.join(root, "posts", name);
    writeFileSync(file, readFileSync(file, "utf8").replace("MARKER_PATH", marker));
  }
  writeFileSync(path.join(root, "posts", "not-utf8.md"), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0xc3, 0x28, 0x0a]));
  writeFileSync(path.join(root, "posts", "empty.md"), "");
  writeFileSync(path.join(root, "posts", "bom-crlf.md"), "\uFEFF---\r\ntitle: Windows\r\nauthor: A\r\ndate: 2020-01-01\r\n---\r\nBody\r\n");
  return { root, marker };
}

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe("npm run check on a site where every post breaks a rule", () => {
  let run: CommandResult;
  let site: { root: string; marker: string };
  let before: string[];
  beforeAll(async () => {
    site = badSite();
    before = listing(site.root);
    run = await runCommand(check, ["--site", site.root]);
  });

  it("exits 1 and prints every problem and warning, one per line, then the count", () => {
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines.at(-1)).toBe(`${EXPECTED.length} problems and ${WARNED.length} warning found.`);
    expect(lines.slice(0, -1)).toHaveLength(EXPECTED.length + WARNED.length);
  });

  it.each([...EXPECTED, ...WARNED])("reports %s", (_file, problem) => {
    expect(run.stderr.split("\n").filter((line) => problem.test(line))).toHaveLength(1);
  });

  it("reports nothing for accepted posts and for files that are not posts", () => {
    for (const name of ACCEPTED) expect(run.stderr).not.toMatch(new RegExp(`^posts/${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:`, "m"));
  });

  it("never runs executable front matter", () => {
    expect(existsSync(site.marker)).toBe(false);
  });

  it("writes nothing", () => {
    expect(listing(site.root)).toEqual(before);
  });

  it("is what the build runs first: the build stops with the same problems and writes no site", async () => {
    const build = await buildSite(site.root);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(run.stderr.trim());
    expect(existsSync(build.outDir)).toBe(false);
    expect(existsSync(site.marker)).toBe(false);
  });
});

describe("npm run check on a good site", () => {
  it("exits 0 and says how many posts it checked", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "A", date: "2020-01-01" }), "b.md": post({ title: "B", author: "A", date: "2020-01-02" }) });
    const run = await runCommand(check, ["--site", root]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe("No problems found in 2 posts.");
  });
});

describe("posts that are large but valid", () => {
  it("builds a 5 MB post and a post with 1,000 tags", async () => {
    const paragraph = `${"Militias, ministries and money. ".repeat(40)}\n\n`;
    const big = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const tags = Array.from({ length: 1000 }, (_, i) => `tag-${i}`);
    const root = makeSite({
      "big.md": post({ title: "Big", author: "A", date: "2020-01-01" }, big),
      "tags.md": post({ title: "Tagged", author: "A", date: "2020-01-02", tags }),
    });
    expect(Buffer.byteLength(readFileSync(path.join(root, "posts", "big.md")))).toBeGreaterThan(5 * 1024 * 1024);
    const site = await buildSite(root);
    expect(site.stderr).toBe("");
    expect(site.code).toBe(0);
    expect(readFileSync(path.join(site.outDir, "posts/big/index.html"), "utf8").length).toBeGreaterThan(5 * 1024 * 1024);
    expect(existsSync(path.join(site.outDir, "posts/tags/index.html"))).toBe(true);
  }, 180_000);
});

describe("a site with stray files next to its posts", () => {
  it("builds only the posts", async () => {
    const root = makeSite({ "real.md": post({ title: "Real", author: "A", date: "2020-01-01" }) });
    for (const name of [".DS_Store", ".#real.md", "real.md~", ".real.md.swp", "image.png", "notes.txt"]) writeFileSync(path.join(root, "posts", name), "stray");
    const site = await buildSite(root);
    expect(site.code).toBe(0);
    expect(readdirSync(path.join(site.outDir, "posts"))).toEqual(["real"]);
  });
});

describe("warnings beside problems", () => {
  it("are printed by check and by build, also for a post that has problems of its own", async () => {
    const root = makeSite({
      "broken.md": "---\ntitle: Broken\nauthor: A\ndate: 2020-02-30\n---\n\nHello {{ site.url }}.\n",
      "sound.md": "---\ntitle: Sound\nauthor: A\ndate: 2020-01-01\n---\n\nHello {{ page.url }}.\n",
    });
    const checked = await runCommand(check, ["--site", root]);
    expect(checked.code).toBe(1);
    expect(checked.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^posts\/broken\.md:4:1: date: "2020-02-30" is not a real date/),
      expect.stringMatching(/^posts\/broken\.md:7:7: warning: \{\{ site\.url \}\} is another engine's template syntax/),
      expect.stringMatching(/^posts\/sound\.md:7:7: warning: \{\{ page\.url \}\} is another engine's template syntax/),
      "1 problem and 2 warnings found.",
    ]);
    const built = await buildSite(root);
    expect(built.code).toBe(1);
    expect(built.stderr).toBe(`${checked.stderr}Nothing was written; the previous site is unchanged.\n`);
  });
});
