import { existsSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { IMAGE_CACHE_DIR } from "../../src/markdown/images.ts";
import { renderPost, rendered, siteWith } from "../helpers/markdown.ts";
import { FIXTURES, tempDir } from "../helpers/site.ts";

const mark = readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png"));
const harbour = readFileSync(path.join(FIXTURES, "post-page", "posts", "images", "harbour.jpg"));

describe("local images", () => {
  it("become a <picture> of AVIF, WebP and the source format with sizes, dimensions and lazy loading", async () => {
    const root = siteWith({ "images/harbour.jpg": harbour });
    const result = await rendered("![The ferry at dawn](images/harbour.jpg)\n", root);
    const $ = load(result.html);
    const sources = $("picture > source");
    expect(sources.map((_, s) => $(s).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
    const img = $("picture > img");
    expect(img.attr("alt")).toBe("The ferry at dawn");
    expect(img.attr("loading")).toBe("lazy");
    expect(img.attr("decoding")).toBe("async");
    // harbour.jpg is 960×600: published at 400 and 800 pixels wide, the <img> sized as the largest.
    expect([img.attr("width"), img.attr("height")]).toEqual(["800", "500"]);
    expect(img.attr("sizes")).toContain("35.5rem");
    const srcset = img.attr("srcset")!.split(", ");
    expect(srcset.map((entry) => entry.replace(/^.*-(\d+)\.jpeg (\d+)w$/, "$1=$2"))).toEqual(["400=400", "800=800"]);
    // Links are relative to the post page, /posts/post/, and point at /images/.
    expect(img.attr("src")).toMatch(/^\.\.\/\.\.\/images\/[\w-]+-400\.jpeg$/);

    expect(result.assets.map((asset) => asset.to).sort()).toEqual(
      ["avif", "jpeg", "webp"].flatMap((format) => [400, 800].map((width) => img.attr("src")!.replace("../../", "/").replace("-400.jpeg", `-${width}.${format}`))).sort(),
    );
    for (const asset of result.assets) {
      expect(existsSync(asset.from)).toBe(true);
      expect(asset.from.startsWith(path.join(root, IMAGE_CACHE_DIR))).toBe(true);
    }
    expect(result.firstImage).toEqual({ url: img.attr("src")!.replace("../../", "/").replace("-400.", "-800."), width: 800, height: 500, alt: "The ferry at dawn" });
  });

  it("names the same image with the same files, wherever it is written from", async () => {
    const a = await rendered("![Mark](mark.png)\n", siteWith({ "mark.png": mark }));
    const b = await rendered("![Mark](../posts/sub/../mark.png)\n", siteWith({ "mark.png": mark }));
    expect(a.assets.map((asset) => asset.to)).toEqual(b.assets.map((asset) => asset.to));
  });

  it("stops on a missing image, naming the post, its line and where it looked", async () => {
    const root = siteWith();
    const result = await renderPost("Intro.\n\nSome text\nand ![A map](images/map.png) here.\n", root);
    expect(result).toEqual({
      ok: false,
      problems: [{ file: "posts/post.md", line: 8, message: expect.stringMatching(/^image images\/map\.png does not exist \(looked for posts\/images\/map\.png\); expected an image next to the post/) }],
      // Where it looked, so the dev server can read the post again once the image is there.
      files: [path.join(root, "posts", "images", "map.png")],
      warnings: [],
      // Nothing was to be downloaded: what this reading gave may be kept between builds.
      unfetched: [],
      moving: { converted: new Map(), asText: new Map() },
    });
  });

  it("refuses an image that is a link to a file outside the site's folders, and shows one that is a link inside them", async () => {
    const elsewhere = tempDir("broadsheet-elsewhere-");
    writeFileSync(path.join(elsewhere, "secret.svg"), '<svg xmlns="http://www.w3.org/2000/svg"><text>private</text></svg>');
    const root = siteWith({ "images/mark.png": mark });
    symlinkSync(path.join(elsewhere, "secret.svg"), path.join(root, "posts", "images", "secret.svg"));
    symlinkSync("mark.png", path.join(root, "posts", "images", "linked.png"));
    const refused = await renderPost("![A secret](images/secret.svg)\n", root);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.problems).toEqual([
        {
          file: "posts/post.md",
          line: 5,
          message: `image images/secret.svg: posts/images/secret.svg is a link to ${realpathSync(path.join(elsewhere, "secret.svg"))}, outside the site's folders (posts/, pages/, comments/, public/); expected the file itself, copied into the site, as only the site's own files are published`,
        },
      ]);
    }
    const shown = await rendered("![A mark](images/linked.png)\n", root);
    expect(shown.assets.length).toBeGreaterThan(0);
  });

  it("shows a remote image it may not download as a link to it, with a warning (tests/site/remote-images.site.test.ts downloads them)", async () => {
    for (const src of ["https://example.com/a.jpg", "//cdn.example.com/a.jpg"]) {
      const result = await renderPost(`![Alt](${src})\n`);
      expect(result.ok).toBe(true);
      expect(result.warnings.map((warning) => warning.message)).toEqual([`image ${src} is not downloaded (remoteImages: false in site.config.ts), so it is shown as a link to it; expected an image that can be downloaded, or a copy next to the post`]);
      if (result.ok) expect(load(result.value.html)(`a[href="${src}"]`).length).toBe(1);
    }
  });

  it("refuses missing site-absolute images and paths outside posts/ or public/", async () => {
    for (const [src, reason] of [
      ["/images/a.jpg", /^image \/images\/a\.jpg does not exist \(looked for public\/images\/a\.jpg\); expected an image next to the post .* or one in public\/ written from the site's root/],
      ["/../posts/secret.png", /is outside public\//],
      ["../secret.png", /is outside posts\//],
      ["ftp://example.com/a.jpg", /is not a path to an image file/],
    ] as const) {
      const result = await renderPost(`![Alt](${src})\n`);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.message).toMatch(reason);
    }
  });

  it("refuses a file that is not an image", async () => {
    const root = siteWith({ "notes.png": "just text" });
    const result = await renderPost("![Notes](notes.png)\n", root);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^image notes\.png could not be read as an image \(.+\); expected a JPEG, PNG/);
  });

  it("warns about an image without alt text and publishes it as decorative", async () => {
    const rendering = await renderPost("Text.\n\n![](mark.png)\n\n![](./mark.png)\n", siteWith({ "mark.png": mark }));
    if (!rendering.ok) throw new Error(JSON.stringify(rendering.problems));
    const result = rendering.value;
    expect(rendering.warnings).toEqual([
      { file: "posts/post.md", line: 7, message: expect.stringMatching(/^image mark\.png has no alt text, so it is published as decorative \(alt=""\)/) },
      { file: "posts/post.md", line: 9, message: expect.stringMatching(/^image \.\/mark\.png has no alt text/) },
    ]);
    expect(load(result.html)("img").map((_, img) => load(result.html)(img).attr("alt")).get()).toEqual(["", ""]);
    expect(result.firstImage).toBeUndefined();
  });

  it("reads a path written with escapes or angle brackets", async () => {
    const root = siteWith({ "my mark.png": mark });
    for (const source of ["![Mark](my%20mark.png)\n", "![Mark](<my mark.png>)\n"]) {
      expect(load((await rendered(source, root)).html)("picture").length).toBe(1);
    }
  });

  it("keeps encoded files between builds: a second process reuses them", async () => {
    const root = siteWith({ "mark.png": mark });
    const first = await rendered("![Mark](mark.png)\n", root);
    const asset = first.assets[0]!;
    writeFileSync(asset.from, "marker: not re-encoded");
    const { execFileSync } = await import("node:child_process");
    const script = `import("${path.resolve("tests/helpers/markdown.ts")}").then(async (m) => { await m.rendered("![Mark](mark.png)\\n", ${JSON.stringify(root)}); })`;
    execFileSync(process.execPath, ["--import", "tsx", "-e", script]);
    expect(readFileSync(asset.from, "utf8")).toBe("marker: not re-encoded");
  });
});
