import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, startDevServer, waitFor, type DevServer } from "../helpers/dev-server.ts";
import { post } from "../helpers/site.ts";

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe("the dev server", () => {
  let root: string;
  let server: DevServer;
  beforeAll(async () => {
    root = copyProject();
    server = await startDevServer(root);
    await waitFor(`${server.url}/`, (status) => status === 200);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("publishes a post dropped into posts/ at its URL and on the home page, without a restart", async () => {
    writeFileSync(path.join(root, "posts", "dropped-in.md"), post({ title: "Dropped In While Running", date: "2024-05-01" }, "Fresh from the editor."));
    const { ms } = await waitFor(`${server.url}/posts/dropped-in/`, (status, body) => status === 200 && body.includes("Fresh from the editor."));
    expect(ms).toBeLessThan(20_000);
    await waitFor(`${server.url}/`, (_, body) => body.includes("Dropped In While Running"));
  });

  it("shows an edited post", async () => {
    edit(path.join(root, "posts", "2020-08-02-how-to-read-a-militia-statement.md"), "Most of it is noise.", "Most of it is static.");
    await waitFor(`${server.url}/posts/how-to-read-a-militia-statement/`, (_, body) => body.includes("Most of it is static."));
  });

  it("shows an edited page of pages/ and a file dropped into public/", async () => {
    edit(path.join(root, "pages", "about.md"), "We write slowly", "We write carefully");
    await waitFor(`${server.url}/about/`, (_, body) => body.includes("We write carefully"));
    mkdirSync(path.join(root, "public"), { recursive: true });
    writeFileSync(path.join(root, "public", "humans.txt"), "Written by people.\n");
    await waitFor(`${server.url}/humans.txt`, (status, body) => status === 200 && body === "Written by people.\n");
  });

  it("shows an edited template component", async () => {
    edit(path.join(root, "templates", "components", "Comments.tsx"), '<p class="comments-placeholder">', '<p class="comments-placeholder comments-soon">');
    await waitFor(`${server.url}/posts/deteriorating-security-situation-in-iraq/`, (_, body) => body.includes('class="comments-placeholder comments-soon"'));
  });

  it("shows an edited string of the page's own words", async () => {
    edit(path.join(root, "src", "model", "strings", "en.ts"), "Comments are not open on this blog yet.", "Comments open next week.");
    await waitFor(`${server.url}/posts/deteriorating-security-situation-in-iraq/`, (_, body) => body.includes("Comments open next week."));
  });

  it("shows the effect of an edited module in src/, two imports away from the config", async () => {
    edit(path.join(root, "src", "content", "excerpt.ts"), "return `${head}…`;", "return `${head} [continued]`;");
    await waitFor(`${server.url}/`, (_, body) => body.includes(" [continued]"));
  });

  it("keeps serving the last good site while a post is broken, prints the problem, and recovers when it is fixed", async () => {
    const file = path.join(root, "posts", "breakable.md");
    writeFileSync(file, post({ title: "Breakable", date: "2024-06-01" }, "Version one."));
    await waitFor(`${server.url}/posts/breakable/`, (status, body) => status === 200 && body.includes("Version one."));

    const logBefore = server.output().length;
    writeFileSync(file, "---\ntitle: Breakable\ndate: 2024-02-30\n---\nVersion two.\n");
    await expect.poll(() => server.output().slice(logBefore), { timeout: 20_000 }).toContain(
      'posts/breakable.md:3:1: date: "2024-02-30" is not a real date (February 2024 has 29 days)',
    );
    expect(server.output().slice(logBefore)).not.toContain("at loadSiteData");
    const stillServed = await fetch(`${server.url}/posts/breakable/`);
    expect(stillServed.status).toBe(200);
    expect(await stillServed.text()).toContain("Version one.");

    writeFileSync(file, post({ title: "Breakable", date: "2024-06-01" }, "Version three."));
    await waitFor(`${server.url}/posts/breakable/`, (_, body) => body.includes("Version three."));
  });

  it("rebuilds when a post is deleted, also when the deleted post was the broken one", async () => {
    const broken = path.join(root, "posts", "broken-then-deleted.md");
    writeFileSync(broken, "---\ntitle: [unclosed\n---\n");
    await expect.poll(() => server.output(), { timeout: 20_000 }).toContain("posts/broken-then-deleted.md");
    writeFileSync(path.join(root, "posts", "arrives-meanwhile.md"), post({ title: "Arrives Meanwhile", date: "2024-06-02" }));
    rmSync(broken);
    await waitFor(`${server.url}/`, (_, body) => body.includes("Arrives Meanwhile"));

    rmSync(path.join(root, "posts", "arrives-meanwhile.md"));
    await waitFor(`${server.url}/`, (_, body) => !body.includes("Arrives Meanwhile"));
    // Its page goes too: a stale page would stay reachable from bookmarks and the browser's history.
    await waitFor(`${server.url}/posts/arrives-meanwhile/`, (status) => status === 404);
  });

  it("keeps serving drafts while writing", async () => {
    writeFileSync(path.join(root, "posts", "a-draft.md"), post({ title: "Unfinished", date: "2024-05-02", draft: true }, "Draft text."));
    await waitFor(`${server.url}/posts/a-draft/`, (status) => status === 200);
  });
});
