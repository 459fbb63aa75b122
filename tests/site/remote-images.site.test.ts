import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REMOTE_IMAGE_CACHE_DIR } from "../../src/markdown/remote-images.ts";
import { buildSite } from "../helpers/build.ts";
import { makeSite, page, post } from "../helpers/site.ts";

/** A stand-in for another host, on 127.0.0.1 only: a picture, a page that is not one, a PNG that is not a picture, and 404 for the rest. */
let server: Server;
let origin = "";
const requests: string[] = [];
/** How often each flaky address was asked for: it answers 503 the first time and the picture after. */
const flakyAsked = new Map<string, number>();

beforeAll(async () => {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 200 } } }).png().toBuffer();
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    if (request.url === "/map.png") response.writeHead(200, { "content-type": "image/png" }).end(png);
    else if (request.url === "/page.png") response.writeHead(200, { "content-type": "text/html" }).end("<p>not a picture</p>");
    else if (request.url === "/broken.png") response.writeHead(200, { "content-type": "image/png" }).end("not a png at all");
    else if (request.url?.startsWith("/flaky")) {
      const asked = flakyAsked.get(request.url) ?? 0;
      flakyAsked.set(request.url, asked + 1);
      if (asked) response.writeHead(200, { "content-type": "image/png" }).end(png);
      else response.writeHead(503).end();
    }
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("images from another host", () => {
  it("are downloaded once, published from the site like local images, and the page asks no other host", async () => {
    const root = makeSite({
      "a.md": post({ title: "A", author: "A", date: "2021-01-01" }, `![A map](${origin}/map.png)`),
      "b.md": post({ title: "B", author: "A", date: "2021-01-02" }, `Again: ![A map](${origin}/map.png)`),
    });
    requests.length = 0;
    const built = await buildSite(root, { now: "2024-01-01" });
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(requests).toEqual(["/map.png"]);
    const $ = page(built.outDir, "posts/a/index.html");
    const sources = [$("article img").attr("src"), ...$("article source").map((_, el) => $(el).attr("srcset")).get()];
    expect(sources.length).toBeGreaterThan(1);
    for (const source of sources) expect(source).not.toContain("127.0.0.1");
    expect(readFileSync(path.join(built.outDir, "posts/a/index.html"), "utf8")).not.toContain(origin);
    const img = $("article img").attr("src")!;
    expect(existsSync(path.join(built.outDir, "posts/a", img))).toBe(true);
    expect(readdirSync(path.join(root, REMOTE_IMAGE_CACHE_DIR))).toHaveLength(1);

    // A second build uses the copy in the cache: the other host is not asked again.
    requests.length = 0;
    const again = await buildSite(root, { now: "2024-01-01" });
    expect(again.code).toBe(0);
    expect(requests).toEqual([]);
  });

  it("that cannot be fetched leave the post built, with a warning naming the post, line and address, and a plain link", async () => {
    const root = makeSite({
      "gone.md": post({ title: "Gone", author: "A", date: "2021-01-01" }, `![Missing](${origin}/missing.png)\n\n![A page](${origin}/page.png)\n\n![Broken](${origin}/broken.png)\n\n![Offline](http://127.0.0.1:9/x.png)`),
    });
    const built = await buildSite(root, { now: "2024-01-01" });
    expect(built.code).toBe(0);
    const lines = built.stderr.trim().split("\n");
    // What could not be downloaded first, in the order written; then what was downloaded but is no picture.
    expect(lines).toEqual([
      `posts/gone.md:7: warning: image ${origin}/missing.png answered 404 Not Found, so it is shown as a link to it; expected an image that can be downloaded, or a copy next to the post`,
      `posts/gone.md:9: warning: image ${origin}/page.png is not an image (text/html), so it is shown as a link to it; expected an image that can be downloaded, or a copy next to the post`,
      expect.stringMatching(/^posts\/gone\.md:13: warning: image http:\/\/127\.0\.0\.1:9\/x\.png could not be reached( \(ECONNREFUSED\))?, so it is shown as a link to it/),
      expect.stringMatching(new RegExp(`^posts/gone\\.md:11: warning: image ${origin.replace(/\./g, "\\.")}/broken\\.png was downloaded but .*, so it is shown as a link to it`)),
      "4 warnings; the site was built.",
    ]);
    const $ = page(built.outDir, "posts/gone/index.html");
    expect($(`.post-body a[href='${origin}/missing.png']`).text()).toBe("Missing");
    expect($(".post-body img").length).toBe(0);
  });

  it("that could not be fetched are asked for again by the next build, which the build cache does not spare", async () => {
    const root = makeSite({
      "a.md": post({ title: "A", author: "A", date: "2021-01-01" }, `![A map](${origin}/flaky-body.png)`),
      "b.md": post({ title: "B", author: "A", date: "2021-01-01", image: `${origin}/flaky-cover.png`, imageAlt: "A map" }, "Text."),
    });
    const first = await buildSite(root, { now: "2024-01-01" });
    expect(first.stderr).toContain(`image ${origin}/flaky-body.png answered 503 Service Unavailable`);
    expect(first.stderr).toContain(`image: ${origin}/flaky-cover.png answered 503 Service Unavailable`);
    expect(page(first.outDir, "posts/a/index.html")("article img").length).toBe(0);
    expect(page(first.outDir, "posts/b/index.html")(".cover img").length).toBe(0);
    const second = await buildSite(root, { now: "2024-01-01" });
    expect(second.stderr).toBe("");
    expect(page(second.outDir, "posts/a/index.html")("article img").attr("src")).not.toContain("127.0.0.1");
    expect(page(second.outDir, "posts/b/index.html")(".cover img").attr("src")).not.toContain("127.0.0.1");
    expect(Object.fromEntries(flakyAsked)).toEqual({ "/flaky-body.png": 2, "/flaky-cover.png": 2 });
  });

  it("are downloaded by the worker threads that read posts, as by the main thread", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "A", date: "2021-01-01" }, `![A map](${origin}/map.png)`) });
    requests.length = 0;
    const built = await buildSite(root, { now: "2024-01-01", workers: 1 });
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(requests).toEqual(["/map.png"]);
    expect(page(built.outDir, "posts/a/index.html")("article img").attr("src")).not.toContain("127.0.0.1");
    expect(readdirSync(path.join(root, REMOTE_IMAGE_CACHE_DIR))).toHaveLength(1);
  });

  it("as a post's front matter image are downloaded, published as its cover and social picture, and ask no other host", async () => {
    const root = makeSite({ "c.md": post({ title: "C", author: "A", date: "2021-01-01", image: `${origin}/map.png`, imageAlt: "A map of the harbour" }) });
    requests.length = 0;
    const built = await buildSite(root, { now: "2024-01-01" });
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(requests).toEqual(["/map.png"]);
    const $ = page(built.outDir, "posts/c/index.html");
    expect($(".cover img").attr("alt")).toBe("A map of the harbour");
    const cover = $(".cover img").attr("src")!;
    expect(existsSync(path.join(built.outDir, "posts/c", cover))).toBe(true);
    expect($('meta[property="og:image"]').attr("content")).toMatch(/^https:\/\/blog\.example\.org\/images\/[\w-]+-40\.png$/);
    expect(readFileSync(path.join(built.outDir, "posts/c/index.html"), "utf8")).not.toContain("127.0.0.1");
    expect(readdirSync(path.join(root, REMOTE_IMAGE_CACHE_DIR))).toHaveLength(1);
  });

  it("as a front matter image that cannot be had leave the post built without a cover, with a warning naming the post, line and address", async () => {
    const root = makeSite({
      "gone.md": post({ title: "Gone", author: "A", date: "2021-01-01", image: `${origin}/missing.png`, imageAlt: "Missing" }),
      "page.md": post({ title: "Page", author: "A", date: "2021-01-02", image: `${origin}/broken.png`, imageAlt: "Broken" }),
    });
    const built = await buildSite(root, { now: "2024-01-01" });
    expect(built.code).toBe(0);
    expect(built.stderr.trim().split("\n")).toEqual([
      `posts/gone.md:5:1: warning: image: ${origin}/missing.png answered 404 Not Found, so the post has no cover picture; expected an image that can be downloaded, or a copy next to the post (image: images/cover.jpg)`,
      expect.stringMatching(new RegExp(`^posts/page\\.md:5:1: warning: image: ${origin.replace(/\./g, "\\.")}/broken\\.png was downloaded but could not be read as an image .*, so the post has no cover picture;`)),
      "2 warnings; the site was built.",
    ]);
    for (const slug of ["gone", "page"]) expect(page(built.outDir, `posts/${slug}/index.html`)(".cover").length).toBe(0);
  });

  it("as a front matter image are not downloaded with remoteImages: false, and the post builds without a cover", async () => {
    const root = makeSite({ "c.md": post({ title: "C", author: "A", date: "2021-01-01", image: `${origin}/map.png`, imageAlt: "A map" }) }, { remoteImages: false });
    requests.length = 0;
    const built = await buildSite(root, { now: "2024-01-01" });
    expect(built.code).toBe(0);
    expect(requests).toEqual([]);
    expect(built.stderr).toBe(`posts/c.md:5:1: warning: image: ${origin}/map.png is not downloaded (remoteImages: false in site.config.ts), so the post has no cover picture; expected an image that can be downloaded, or a copy next to the post (image: images/cover.jpg)\n1 warning; the site was built.\n`);
    expect(page(built.outDir, "posts/c/index.html")(".cover").length).toBe(0);
  });
});
