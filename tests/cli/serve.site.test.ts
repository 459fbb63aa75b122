import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildSite } from "../helpers/build.ts";
import { copyProject, startDevServer, waitFor, type DevServer } from "../helpers/dev-server.ts";
import { SITE_NAMES } from "../helpers/fixture-sites.ts";
import { post } from "../helpers/site.ts";

/** Every file under `dir` with its text. */
function texts(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name), "utf8")] as const),
  );
}

/** The local addresses a TCP port is listened on, read from the kernel's tables. */
function listeningAddresses(port: number): string[] {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const addresses: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === "0A" && local?.endsWith(`:${hex}`)) addresses.push(local.split(":")[0]!);
    }
  }
  return addresses;
}

const LOOPBACK = new Set(["0100007F", "00000000000000000000000001000000"]);

describe("the dev server, as a writer uses it", () => {
  let root: string;
  let server: DevServer;
  const devDir = () => path.join(root, ".cache", "dev-site");
  const get = (url: string, accept: (status: number, body: string) => boolean = (status) => status === 200) => waitFor(`${server.url}${url}`, accept);

  beforeAll(async () => {
    root = copyProject();
    expect(existsSync(path.join(root, ".gitignore"))).toBe(true);
    writeFileSync(path.join(root, "posts", "going-away.md"), post({ title: "Going Away Soon", date: "2024-04-01", tags: ["ephemeral-tag"] }, "Here for now."));
    mkdirSync(path.join(root, "posts", "trip"));
    writeFileSync(path.join(root, "posts", "trip", "index.md"), post({ title: "The Trip", date: "2024-04-02" }, "[The notes](notes.txt)"));
    writeFileSync(path.join(root, "posts", "trip", "notes.txt"), "version A");
    server = await startDevServer(root);
    await get("/");
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("listens on this machine only", () => {
    const port = Number(new URL(server.url).port);
    const addresses = listeningAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(LOOPBACK.has(address), address).toBe(true);
  });

  it("builds into a folder of its own: a draft it shows never reaches _site/, also with a production build run meanwhile", async () => {
    expect(existsSync(path.join(root, "_site"))).toBe(false);
    const built = await buildSite(root, { outDir: path.join(root, "_site") });
    expect(built.code).toBe(0);
    writeFileSync(path.join(root, "posts", "secret-draft.md"), post({ title: "Secret Draft Kestrelmoor", date: "2024-05-01", draft: true }, "Not yet."));
    await get("/posts/secret-draft/");
    await get("/", (_, body) => body.includes("Secret Draft Kestrelmoor"));
    expect(texts(devDir()).get(path.join("posts", "secret-draft", "index.html"))).toContain("Kestrelmoor");
    for (const [file, text] of texts(path.join(root, "_site"))) expect(text, file).not.toContain("Kestrelmoor");
    rmSync(path.join(root, "posts", "secret-draft.md"));
  });

  it("removes a deleted post, its line on the home page and its tag's page within 1.5 s", async () => {
    await get("/tags/ephemeral-tag/");
    await get("/", (_, body) => body.includes("Going Away Soon"));
    const started = performance.now();
    rmSync(path.join(root, "posts", "going-away.md"));
    await get("/posts/going-away/", (status) => status === 404);
    await get("/", (_, body) => !body.includes("Going Away Soon"));
    await get("/tags/ephemeral-tag/", (status) => status === 404);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("serves a folder post's file changed in place to the same size afresh", async () => {
    await get("/posts/trip/notes.txt", (_, body) => body === "version A");
    const file = path.join(root, "posts", "trip", "notes.txt");
    const before = statSync(file).mtime;
    writeFileSync(file, "version B");
    utimesSync(file, before, new Date(before.getTime() + 2000));
    await get("/posts/trip/notes.txt", (_, body) => body === "version B");
  });

  it("shows a broken post's problem on every page, in an accessible banner, until it is fixed", async () => {
    const broken = path.join(root, "posts", "broken.md");
    writeFileSync(broken, "---\ntitle: Broken\ndate: 2024-02-30\n---\n\n<script>alert(1)</script>\n");
    const line = 'posts/broken.md:3:1: date: "2024-02-30" is not a real date (February 2024 has 29 days)';
    for (const url of ["/", "/posts/trip/", "/no-such-page/"]) {
      const { body } = await get(url, (_, text) => text.includes("broadsheet-problems"));
      const $ = load(body);
      const banner = $("#broadsheet-problems");
      expect(banner.attr("role")).toBe("alert");
      expect($(`#${banner.attr("aria-labelledby")}`).text()).toBe("1 problem stops the build");
      expect(banner.find("li").text()).toContain(line);
      expect($("body").children().first().attr("id")).toBe("broadsheet-problems");
    }
    // The page under it is the last one that built.
    expect((await get("/posts/trip/")).body).toContain("The Trip");
    writeFileSync(broken, post({ title: "Broken No More", date: "2024-02-28" }, "Fixed."));
    await get("/", (_, body) => body.includes("Broken No More") && !body.includes("broadsheet-problems"));
    await get("/posts/trip/", (_, body) => !body.includes("broadsheet-problems"));
    rmSync(broken);
  });

  it("follows posts/ moved away and back", async () => {
    const away = path.join(root, "posts-away");
    renameSync(path.join(root, "posts"), away);
    await get("/", (_, body) => body.includes("posts/: not found"));
    renameSync(away, path.join(root, "posts"));
    await get("/", (_, body) => !body.includes("broadsheet-problems"));
    writeFileSync(path.join(root, "posts", "after-the-move.md"), post({ title: "After The Move", date: "2024-06-01" }, "Still watched."));
    await get("/posts/after-the-move/");
  });
});

describe("a production build", () => {
  it.each(SITE_NAMES)("of the %s site never contains the dev server's problem banner", (name) => {
    for (const [file, text] of texts(inject("sites")[name].outDir)) expect(text, file).not.toContain("broadsheet-problems");
  });
});

describe("stopping npm start", () => {
  it.each([
    ["Ctrl-C in the terminal", (server: DevServer) => process.kill(-server.child.pid!, "SIGINT")],
    ["a signal to npm alone", (server: DevServer) => process.kill(server.child.pid!, "SIGTERM")],
  ])("with %s stops the server; nothing is left listening", async (_how, signal) => {
    const root = copyProject();
    const server = await startDevServer(root, { viaNpm: true });
    const port = Number(new URL(server.url).port);
    expect(listeningAddresses(port).length).toBeGreaterThan(0);
    const exited = new Promise((resolve) => server.child.once("exit", resolve));
    signal(server);
    await exited;
    await expect.poll(() => listeningAddresses(port), { timeout: 5_000 }).toEqual([]);
    await expect(fetch(server.url)).rejects.toThrow();
  });
});
