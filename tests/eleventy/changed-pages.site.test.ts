import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, startDevServer, waitFor, type DevServer } from "../helpers/dev-server.ts";
import { DEFAULT_CONFIG, post, tempDir, writeSiteConfig } from "../helpers/site.ts";

const TAGS = ["Iraq", "militias", "method"];
const AUTHORS = ["Amira Haddad", "Tomas Lindqvist"];

/** Post n of 18: dated n days into 2021, with one or two tags and one of two authors. */
function numbered(n: number): string {
  const day = String(n + 1).padStart(2, "0");
  return post({ title: `Post number ${n}`, date: `2021-03-${day}`, author: AUTHORS[n % 2], tags: TAGS.slice(n % 3, (n % 3) + 1 + (n % 2)) }, `Body of post ${n}.`);
}

function files(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), readFileSync(file, "utf8")] as const;
      }),
  );
}

/**
 * After a post changes, the dev server renders and writes only the pages the
 * change can reach (src/eleventy/changed-pages.ts). Whatever it leaves alone
 * must still be right: after a run of edits, the served site is exactly what
 * a fresh start of the dev server builds from the same posts.
 */
describe("the dev server after a post changes", () => {
  let root: string;
  let server: DevServer;
  const site = () => path.join(root, ".cache", "dev-site");
  const builds = () => server.output().split("Built at").length;
  /** Runs `change` and waits until the rebuild it starts has finished. */
  const rebuild = async (change: () => void) => {
    const before = builds();
    change();
    await expect.poll(builds, { timeout: 30_000 }).toBeGreaterThan(before);
  };
  const read = (url: string) => readFileSync(path.join(site(), url, "index.html"), "utf8");

  beforeAll(async () => {
    root = copyProject();
    for (const dir of ["posts", "comments"]) rmSync(path.join(root, dir), { recursive: true });
    mkdirSync(path.join(root, "posts"));
    for (let n = 0; n < 18; n++) writeFileSync(path.join(root, "posts", `post-${n}.md`), numbered(n));
    writeSiteConfig(root, { ...DEFAULT_CONFIG, pageSize: 4 });
    server = await startDevServer(root);
    await waitFor(`${server.url}/`, (status) => status === 200);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("rewrites an edited post's page and every page that shows it, and leaves other pages alone", async () => {
    const showing = [...files(site())].filter(([, text]) => text.includes("Post number 9")).map(([file]) => file);
    // A post far from post 9 that neither links to it nor lists it as related.
    const untouched = path.join(site(), "posts", "post-1", "index.html");
    expect(showing).not.toContain("posts/post-1/index.html");
    const untouchedBefore = { text: readFileSync(untouched, "utf8"), mtime: statSync(untouched).mtimeMs };
    // Its own page, a home page, tag and author pages, the neighbours' links, the archive and the feeds.
    for (const file of ["posts/post-9/index.html", "page/3/index.html", "authors/tomas-lindqvist/page/2/index.html", "posts/post-8/index.html", "posts/post-10/index.html", "archive/index.html", "feed.json"]) {
      expect(showing).toContain(file);
    }
    await rebuild(() => writeFileSync(path.join(root, "posts", "post-9.md"), numbered(9).replace("Post number 9", "Renamed ninth post")));

    const after = files(site());
    for (const file of showing) {
      expect(after.get(file), file).toContain("Renamed ninth post");
      expect(after.get(file), file).not.toContain("Post number 9");
    }
    // Its page was left as it was, not written again.
    expect(statSync(untouched).mtimeMs).toBe(untouchedBefore.mtime);
    expect(readFileSync(untouched, "utf8")).toBe(untouchedBefore.text);
  });

  it("ends up serving exactly what a fresh start builds, after new posts, edits and a changed tag spelling", async () => {
    await rebuild(() => writeFileSync(path.join(root, "posts", "newcomer.md"), post({ title: "A newcomer", date: "2021-03-10", author: "Amira Haddad", tags: ["iraq", "Fresh"] }, "New.")));
    await waitFor(`${server.url}/posts/newcomer/`, (status) => status === 200);
    expect(read("posts/newcomer")).toContain('rel="tag">Fresh<');
    await rebuild(() => writeFileSync(path.join(root, "posts", "post-3.md"), numbered(3).replace('["Iraq","militias"]', '["Iraq","militias","fresh"]')));
    await rebuild(() => writeFileSync(path.join(root, "posts", "post-4.md"), numbered(4).replace("2021-03-05", "2021-03-30")));
    await rebuild(() => writeFileSync(path.join(root, "posts", "late.md"), post({ title: "Latest of all", date: "2021-04-01", author: "Tomas Lindqvist", tags: ["fresh"] }, "Last.")));
    // Two "fresh" to one "Fresh": the tag is renamed on every page that names it, the unchanged newcomer's too.
    expect(read("posts/newcomer")).toContain('rel="tag">fresh<');

    await server.stop();
    const served = files(site());
    const fresh = tempDir("broadsheet-fresh-");
    cpSync(root, fresh, { recursive: true, filter: (source) => !source.startsWith(site()) && !source.includes(`${path.sep}.cache`) });
    server = await startDevServer(fresh);
    await waitFor(`${server.url}/`, (status) => status === 200);
    await expect.poll(() => server.output(), { timeout: 30_000 }).toContain("Watching for changes.");
    const expected = files(path.join(fresh, ".cache", "dev-site"));
    expect([...served.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(served.get(file), file).toBe(text);
  });
});
