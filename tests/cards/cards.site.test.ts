import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { CARD_CACHE_DIR } from "../../src/cards/card.ts";
import { buildSite } from "../helpers/build.ts";
import { makeSite, page, post } from "../helpers/site.ts";

const meta = ($: ReturnType<typeof page>, name: string) => $(`meta[property="${name}"], meta[name="${name}"]`).attr("content");

describe("social cards in a build", () => {
  it("are published for each post without a picture, named in og:image and twitter:image, and drawn once", { timeout: 60_000 }, async () => {
    const root = makeSite({
      "plain.md": post({ title: "Plain", author: "A", date: "2021-01-01" }),
      "arabic.md": post({ title: "يوم في الميناء", author: "A", date: "2021-01-02", lang: "ar" }),
    });
    const first = await buildSite(root);
    expect(first.code).toBe(0);
    const cache = path.join(root, ".cache", "cards");
    const cards = readdirSync(cache);
    expect(cards).toHaveLength(2);

    for (const slug of ["plain", "arabic"]) {
      const $ = page(first.outDir, `posts/${slug}/index.html`);
      const image = meta($, "og:image")!;
      expect(image).toMatch(/^https:\/\/blog\.example\.org\/images\/card-[\w-]{16}\.png$/);
      expect(meta($, "twitter:image")).toBe(image);
      expect(meta($, "twitter:card")).toBe("summary_large_image");
      expect([meta($, "og:image:width"), meta($, "og:image:height")]).toEqual(["1200", "630"]);
      expect(statSync(path.join(first.outDir, "images", path.basename(image))).size).toBe(statSync(path.join(cache, path.basename(image).slice("card-".length))).size);
    }
    expect(meta(page(first.outDir, "posts/plain/index.html"), "og:image:alt")).toBe("Plain · Fixture Blog");

    // A rebuild draws nothing: the cached cards are used as they are.
    const drawnAt = cards.map((card) => statSync(path.join(cache, card)).mtimeMs);
    const second = await buildSite(root);
    expect(second.code).toBe(0);
    expect(readdirSync(cache).map((card) => statSync(path.join(cache, card)).mtimeMs)).toEqual(drawnAt);
  });

  it("are drawn in the site's own accent, the light scheme's, when it has one", { timeout: 60_000 }, async () => {
    const posts = { "plain.md": post({ title: "Plain", author: "A", date: "2021-01-01" }) };
    const themed = await buildSite(makeSite(posts, { theme: { accent: { light: "#1d5794", dark: "#8cc4ff" } } }));
    const plain = await buildSite(makeSite(posts));
    expect([themed.code, plain.code]).toEqual([0, 0]);
    const card = (outDir: string) => path.join(outDir, "images", path.basename(meta(page(outDir, "posts/plain/index.html"), "og:image")!));
    expect(card(themed.outDir)).not.toBe(card(plain.outDir));
    // The bar down the card's left edge, as drawn: the accent's pixels, not a name in a file.
    const bar = async (file: string) => {
      const { data } = await sharp(file).extract({ left: 8, top: 315, width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      return [...data];
    };
    expect(await bar(card(themed.outDir))).toEqual([0x1d, 0x57, 0x94]);
    expect(await bar(card(plain.outDir))).toEqual([0x8a, 0x2c, 0x0f]);
  });

  it("are not drawn when the site turns them off (socialCards: false)", async () => {
    const root = makeSite({ "plain.md": post({ title: "Plain", author: "A", date: "2021-01-01" }) }, { socialCards: false });
    const built = await buildSite(root);
    expect(built.code).toBe(0);
    const $ = page(built.outDir, "posts/plain/index.html");
    expect(meta($, "og:image")).toBeUndefined();
    expect(meta($, "twitter:card")).toBe("summary");
    expect(existsSync(path.join(root, CARD_CACHE_DIR))).toBe(false);
  });
});
