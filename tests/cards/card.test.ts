import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cardImage, socialCard, type CardInput } from "../../src/cards/card.ts";
import { cardLayout, drawCard } from "../../src/cards/draw.ts";
import { STYLESHEET, themeColours } from "../../src/cards/theme.ts";

const INPUT: CardInput = {
  siteTitle: "Harbour Notes",
  siteLanguage: "en",
  title: "A Day at the Harbour",
  author: "Rana Khalil",
  date: { day: "2024-03-01", instant: "2024-03-01T00:00:00Z", epoch: 1709251200000 },
  dir: "ltr",
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(png);
  expect(view.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

describe("social cards", () => {
  it("are named by a hash of what they show: the same post gives the same file, a changed title or date another", () => {
    const card = socialCard("/site", INPUT);
    expect(card.url).toMatch(/^\/images\/card-[\w-]{16}\.png$/);
    expect(card.file).toBe(`/site/.cache/cards/${card.url.slice("/images/card-".length)}`);
    expect(socialCard("/site", INPUT).url).toBe(card.url);
    expect(socialCard("/site", { ...INPUT, title: "A Day at the Harbor" }).url).not.toBe(card.url);
    expect(socialCard("/site", { ...INPUT, date: { ...INPUT.date, day: "2024-03-02" } }).url).not.toBe(card.url);
    expect(socialCard("/site", { ...INPUT, siteTitle: "Other Notes" }).url).not.toBe(card.url);
    expect(socialCard("/site", { ...INPUT, accent: "#1d5794" }).url).not.toBe(card.url);
    expect(card.byline).toBe("Rana Khalil · March 1, 2024");
    expect(cardImage(card)).toEqual({ url: card.url, width: 1200, height: 630, alt: "A Day at the Harbour · Harbour Notes" });
  });

  it("take their colours from the theme's stylesheet, its light scheme", () => {
    const colours = themeColours(readFileSync(STYLESHEET, "utf8"));
    expect(colours).toEqual({ background: "#fdfcf9", text: "#1f1d1a", muted: "#595550", accent: "#8a2c0f", rule: "#ddd7cc" });
    expect(() => themeColours(":root { --text: #000; }")).toThrow(/no --background in its :root rule/);
  });

  it("colour the bar and the site's name with the site's own accent, else the theme's", () => {
    const parts = (input: CardInput) => {
      const [bar, column] = cardLayout(socialCard("/site", input)).props.children as readonly ReturnType<typeof cardLayout>[];
      const [site] = column!.props.children as readonly ReturnType<typeof cardLayout>[];
      return [bar!.props.style.background, site!.props.style.color];
    };
    expect(parts({ ...INPUT, accent: "#1d5794" })).toEqual(["#1d5794", "#1d5794"]);
    expect(parts(INPUT)).toEqual(["#8a2c0f", "#8a2c0f"]);
  });

  it("set a right-to-left title from the right edge, and the byline in the site's own direction", () => {
    const card = socialCard("/site", { ...INPUT, title: "يوم في الميناء", dir: "rtl" });
    const [, column] = cardLayout(card).props.children as readonly ReturnType<typeof cardLayout>[];
    const [site, title, byline] = column!.props.children as readonly ReturnType<typeof cardLayout>[];
    expect(title!.props.style).toMatchObject({ textAlign: "right", justifyContent: "flex-end" });
    expect(title!.props.children).toBe("يوم في الميناء");
    expect(site!.props.style).toMatchObject({ textAlign: "left" });
    expect(byline!.props.style).toMatchObject({ textAlign: "left" });
  });

  it("shorten a very long title at a word so it fits in three lines", () => {
    const title = `${"The harbour and its ferries ".repeat(8)}end`;
    const [, column] = cardLayout(socialCard("/site", { ...INPUT, title })).props.children as readonly ReturnType<typeof cardLayout>[];
    const shown = String((column!.props.children as readonly ReturnType<typeof cardLayout>[])[1]!.props.children);
    expect(shown.endsWith("…")).toBe(true);
    expect([...shown].length).toBeLessThanOrEqual(138);
    expect(title.startsWith(shown.slice(0, -1))).toBe(true);
    expect(shown.at(-2)).not.toBe(" ");
  });

  it("are drawn as 1200×630 PNGs, Latin and Arabic alike", { timeout: 30_000 }, async () => {
    for (const input of [INPUT, { ...INPUT, title: "الوضع الأمني في العراق", dir: "rtl" as const }]) {
      const png = await drawCard(socialCard("/site", input));
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeGreaterThan(5_000);
    }
  });
});
