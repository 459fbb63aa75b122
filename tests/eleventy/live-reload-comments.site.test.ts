import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MINIMAL } from "../helpers/comments.ts";
import { copyProject, startDevServer, waitFor, type DevServer } from "../helpers/dev-server.ts";

const POST = "/posts/how-to-read-a-militia-statement/";

describe("the dev server and comments", () => {
  let root: string;
  let server: DevServer;
  beforeAll(async () => {
    root = copyProject();
    server = await startDevServer(root);
    await waitFor(`${server.url}${POST}`, (status) => status === 200);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("shows a comment dropped into comments/ on its post and in the count, without a restart", async () => {
    const file = path.join(root, "comments", "how-to-read-a-militia-statement", "2020-08-10-new-reader.md");
    writeFileSync(file, "---\nauthor: New Reader\ndate: 2020-08-10\n---\n\nWritten while the server ran.\n");
    const { body } = await waitFor(`${server.url}${POST}`, (_, html) => html.includes("Written while the server ran."));
    expect(load(body)(".post-header .comment-count").text()).toBe("3 comments");
    await waitFor(`${server.url}/`, (_, html) => html.includes("3 comments"));
  });

  it("never loads a provider: a notice takes the button's place, and there is no loader or embed", async () => {
    const config = path.join(root, "site.config.ts");
    const text = readFileSync(config, "utf8");
    expect(text).toContain('defaultAuthor: "Nicholas Doumouras, Jr.",');
    writeFileSync(config, text.replace('defaultAuthor: "Nicholas Doumouras, Jr.",', `defaultAuthor: "Nicholas Doumouras, Jr.",\n  comments: ${JSON.stringify(MINIMAL.giscus)},`));
    const { body } = await waitFor(`${server.url}${POST}`, (_, html) => html.includes("comments-provider"));
    const $ = load(body);
    expect($(".comments-notice").text()).toBe("The dev server does not load comments from giscus; the published site has a “Load comments” button here.");
    expect($("button, [data-embed], script[src*='embeds.js']").length).toBe(0);
    expect(body).not.toContain("giscus.app/client.js");
  });
});
