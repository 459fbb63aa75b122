import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildValue } from "../helpers/build.ts";
import { filesOf, makeSite, post, tempDir, writeSiteConfig, DEFAULT_CONFIG } from "../helpers/site.ts";

const NOW = Date.parse("2026-01-01");

/** Six posts over three tags and two authors, two to a list page, and a page of pages/: enough for a change to reach some pages and not others. */
function blog(): string {
  const posts: Record<string, string> = {};
  const tags = [["rivers"], ["hills"], ["rivers", "hills"], ["coasts"], ["hills"], ["coasts"]];
  for (let i = 1; i <= 6; i++) {
    posts[`p${i}.md`] = post({ title: `Post ${i}`, author: i % 2 ? "Amira Haddad" : "Ben Okafor", date: `2021-0${i}-01`, tags: tags[i - 1] }, `Words of post ${i}.`);
  }
  const root = makeSite(posts, { socialCards: false, pageSize: 2 });
  mkdirSync(path.join(root, "pages"));
  writeFileSync(path.join(root, "pages/about.md"), "---\ntitle: About\n---\n\nAbout this blog.\n");
  return root;
}

/** A build of `root` into `outDir` with the build cache. */
const build = (root: string, outDir: string) => buildValue({ root, outDir, now: NOW, workers: 0 });

/** Each output file's inode: a file taken from the last build keeps it, a file written again gets a new one. */
const inodes = (outDir: string) => new Map([...filesOf(outDir).keys()].map((file) => [file, statSync(path.join(outDir, file)).ino]));

/** Builds `root` once, applies `change`, builds again into the same folder; gives the files that kept their inode, and checks the output against a build from nothing. */
async function rebuildAfter(root: string, change: () => void): Promise<{ kept: Set<string>; rendered: Set<string> }> {
  const outDir = path.join(tempDir("broadsheet-out-"), "_site");
  await build(root, outDir);
  const before = inodes(outDir);
  change();
  expect((await build(root, outDir)).written).toBe(true);
  const after = inodes(outDir);
  const coldOut = path.join(tempDir("broadsheet-out-"), "_site");
  await buildValue({ root, outDir: coldOut, now: NOW, workers: 0, cache: false });
  const cold = filesOf(coldOut);
  const actual = filesOf(outDir);
  expect([...actual.keys()].sort()).toEqual([...cold.keys()].sort());
  for (const [file, bytes] of cold) expect(actual.get(file)?.equals(bytes), file).toBe(true);
  const kept = new Set([...after].filter(([file, inode]) => before.get(file) === inode).map(([file]) => file));
  return { kept, rendered: new Set([...after.keys()].filter((file) => !kept.has(file))) };
}

const page = (slug: string) => path.join("posts", slug, "index.html");

describe("a build after a change, into the output of the last build", () => {
  it("takes the pages the change does not reach from the last build, and writes the same bytes as a build from nothing", async () => {
    const root = blog();
    const { kept, rendered } = await rebuildAfter(root, () => writeFileSync(path.join(root, "posts/p1.md"), post({ title: "Post 1", author: "Amira Haddad", date: "2021-01-01", tags: ["rivers"] }, "Other words of post 1.")));
    // Its page, its neighbour's, a post that lists it as related (same tag), and the last list page, where the oldest post is.
    for (const file of [page("p1"), page("p2"), page("p3"), path.join("page", "3", "index.html"), path.join("tags", "rivers", "index.html")]) expect(rendered, file).toContain(file);
    // The newest list pages, the other posts and the other tags are as they were.
    for (const file of [page("p4"), page("p5"), page("p6"), "index.html", path.join("page", "2", "index.html"), path.join("tags", "coasts", "index.html"), path.join("tags", "hills", "index.html"), path.join("about", "index.html")]) expect(kept, file).toContain(file);
  }, 120_000);

  it("writes again the neighbours and lists of a post whose title changed", async () => {
    const root = blog();
    const { kept, rendered } = await rebuildAfter(root, () => writeFileSync(path.join(root, "posts/p3.md"), post({ title: "Post Three", author: "Amira Haddad", date: "2021-03-01", tags: ["rivers", "hills"] }, "Words of post 3.")));
    // Its neighbours show its title.
    for (const file of [page("p2"), page("p3"), page("p4")]) expect(rendered, file).toContain(file);
    for (const file of [page("p6"), path.join("tags", "coasts", "index.html")]) expect(kept, file).toContain(file);
  }, 120_000);

  it("leaves out the page of a deleted post and writes what listed it", async () => {
    const root = blog();
    const { kept } = await rebuildAfter(root, () => rmSync(path.join(root, "posts/p6.md")));
    expect(kept).not.toContain(page("p6"));
    expect(kept).not.toContain("index.html");
    expect(kept).toContain(page("p2"));
  }, 120_000);

  it("writes a new post, its tag's pages and the lists it joins", async () => {
    const root = blog();
    const { rendered } = await rebuildAfter(root, () => writeFileSync(path.join(root, "posts/p7.md"), post({ title: "Post 7", author: "Ben Okafor", date: "2021-07-01", tags: ["lakes"] }, "Words of post 7.")));
    for (const file of [page("p7"), path.join("tags", "lakes", "index.html"), "index.html"]) expect(rendered, file).toContain(file);
  }, 120_000);

  it("takes the posts' pages when only a page of pages/ changed", async () => {
    const root = blog();
    const { kept, rendered } = await rebuildAfter(root, () => writeFileSync(path.join(root, "pages/about.md"), "---\ntitle: About\n---\n\nAbout this blog, and more.\n"));
    expect(rendered).toContain(path.join("about", "index.html"));
    for (let i = 1; i <= 6; i++) expect(kept).toContain(page(`p${i}`));
  }, 120_000);

  it("writes the page of a post that got a comment, and the lists that count its comments", async () => {
    const root = blog();
    const { kept, rendered } = await rebuildAfter(root, () => {
      mkdirSync(path.join(root, "comments", "p4"), { recursive: true });
      writeFileSync(path.join(root, "comments", "p4", "2021-05-01-ines.md"), "---\nauthor: Ines Moreau\ndate: 2021-05-01\n---\n\nA fine post.\n");
    });
    // Its page, and the home page it is listed on (p4 and p3, two to a page), which shows "1 comment".
    for (const file of [page("p4"), path.join("page", "2", "index.html")]) expect(rendered, file).toContain(file);
    for (const file of [page("p1"), page("p2"), page("p6"), "index.html", path.join("page", "3", "index.html")]) expect(kept, file).toContain(file);
  }, 120_000);

  it("writes every page again when what every page shows changed: the settings, an author's details", async () => {
    const root = blog();
    const settings = await rebuildAfter(root, () => writeSiteConfig(root, { ...DEFAULT_CONFIG, title: "Another Title", socialCards: false, pageSize: 2 }));
    expect([...settings.kept].filter((file) => file.endsWith(".html"))).toEqual([]);
    const authors = await rebuildAfter(root, () => writeFileSync(path.join(root, "authors.yaml"), "- name: Amira Haddad\n  bio: Writes about rivers.\n"));
    // Her posts' pages show her details; Ben's do not.
    for (const i of [1, 3, 5]) expect(authors.rendered).toContain(page(`p${i}`));
    for (const i of [2, 4, 6]) expect(authors.kept).toContain(page(`p${i}`));
  }, 120_000);

  it("writes every page again when a post of a new year changes every footer's years", async () => {
    const root = blog();
    const { kept } = await rebuildAfter(root, () => writeFileSync(path.join(root, "posts/p7.md"), post({ title: "Post 7", author: "Ben Okafor", date: "2022-01-01", tags: ["lakes"] }, "Words of post 7.")));
    expect([...kept].filter((file) => file.endsWith(".html"))).toEqual([]);
  }, 120_000);

  it("writes every page again when the output was changed by hand", async () => {
    const root = blog();
    const outDir = path.join(tempDir("broadsheet-out-"), "_site");
    await build(root, outDir);
    const index = path.join(outDir, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace("Post 6", "Post X"));
    const before = inodes(outDir);
    writeFileSync(path.join(root, "posts/p1.md"), post({ title: "Post 1", author: "Amira Haddad", date: "2021-01-01", tags: ["rivers"] }, "Other words."));
    await build(root, outDir);
    expect([...inodes(outDir)].filter(([file, inode]) => before.get(file) === inode)).toEqual([]);
    expect(readFileSync(index, "utf8")).toContain("Post 6");
  }, 120_000);
});
