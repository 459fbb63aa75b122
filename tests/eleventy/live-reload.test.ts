import { readFileSync, writeFileSync } from "node:fs";
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
    edit(path.join(root, "posts", "about-this-blog.md"), "We write slowly", "We write carefully");
    await waitFor(`${server.url}/posts/about/`, (_, body) => body.includes("We write carefully"));
  });

  it("shows an edited template component", async () => {
    edit(path.join(root, "templates", "components", "Comments.tsx"), "Comments are not open on this blog yet.", "Comments open next week.");
    await waitFor(`${server.url}/posts/deteriorating-security-situation-in-iraq/`, (_, body) => body.includes("Comments open next week."));
  });

  it("shows the effect of an edited module in src/, two imports away from the config", async () => {
    edit(path.join(root, "src", "content", "excerpt.ts"), "return `${head}…`;", "return `${head} [continued]`;");
    await waitFor(`${server.url}/`, (_, body) => body.includes(" [continued]"));
  });

  it("keeps serving drafts while writing", async () => {
    writeFileSync(path.join(root, "posts", "a-draft.md"), post({ title: "Unfinished", date: "2024-05-02", draft: true }, "Draft text."));
    await waitFor(`${server.url}/posts/a-draft/`, (status) => status === 200);
  });
});
