import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, startDevServer, waitFor, type DevServer } from "../helpers/dev-server.ts";
import { FIXTURES } from "../helpers/site.ts";

/**
 * The other side of "absent from a production build everywhere": while
 * writing, the dev server shows drafts and scheduled posts in every list,
 * feed and link, so a writer sees the site as it will be.
 */
describe("drafts and scheduled posts in the dev server", () => {
  let server: DevServer;
  let root: string;
  const get = async (url: string) => (await waitFor(`${server.url}${url}`, (status) => status === 200)).body;
  beforeAll(async () => {
    root = copyProject();
    // The fixture site replaces the sample's posts; the sample's comments would be orphans without them.
    for (const dir of ["posts", "comments"]) rmSync(path.join(root, dir), { recursive: true });
    cpSync(path.join(FIXTURES, "discovery"), root, { recursive: true });
    server = await startDevServer(root);
    await waitFor(`${server.url}/`, (status) => status === 200);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("publishes their pages and lists them on the home page and in the archive", async () => {
    expect(await get("/posts/draft-post/")).toContain("Draft Post Quillfeather");
    expect(await get("/posts/scheduled-post/")).toContain("Scheduled Post Marrowgate");
    expect(await get("/")).toContain("Scheduled Post Marrowgate");
    const archive = await get("/archive/");
    expect(archive).toContain("Draft Post Quillfeather");
    expect(archive).toContain("<h2 id=\"year-2099\">2099</h2>");
  });

  it("gives their tags and authors pages and counts them", async () => {
    expect(await get("/tags/secret-draft-tag/")).toContain("Draft Post Quillfeather");
    expect(await get("/tags/future-tag/")).toContain("Scheduled Post Marrowgate");
    // With the draft and the scheduled post, "iraq" (three posts) outnumbers "Iraq" (two) and names the tag.
    expect(await get("/tags/")).toMatch(/>iraq<\/a> <span class="count">\(5 posts\)/);
    expect(await get("/authors/draft-only-author/")).toContain("Draft Post Quillfeather");
  });

  it("puts them in the feeds, the sitemap and the neighbour and related links", async () => {
    const feed = JSON.parse(await get("/feed.json")) as { items: { title: string }[] };
    expect(feed.items.map((item) => item.title)).toEqual(expect.arrayContaining(["Scheduled Post Marrowgate"]));
    expect(await get("/sitemap.xml")).toContain("/posts/draft-post/");
    // Baghdad Notes and the draft share a date; by slug, the draft comes just before it.
    expect(await get("/posts/baghdad-notes/")).toMatch(/Previous post<\/span><a href="..\/draft-post\/index.html" rel="prev">/);
    expect(await get("/posts/year-end/")).toContain('href="../scheduled-post/index.html"');
  });

  it("follows an edited authors file", async () => {
    const file = path.join(root, "authors.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("Amira writes about method and sources.", "Amira edits the weekly brief."));
    await waitFor(`${server.url}/authors/amira-haddad/`, (_, body) => body.includes("Amira edits the weekly brief."));
  });
});
