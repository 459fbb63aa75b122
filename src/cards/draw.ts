import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import type { SocialCard } from "../model/post.ts";
import { CARD_SIZE } from "./card.ts";
import { cardTheme, fontPath } from "./theme.ts";

type Font = Parameters<typeof satori>[1]["fonts"][number];
let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    cardTheme().fonts.map(async (font) => ({ name: font.name, weight: font.weight, style: "normal" as const, data: await readFile(fontPath(font)) })),
  );
  return fonts;
}

/** A satori element: satori reads React's element shape, without React. */
interface Element {
  readonly type: string;
  readonly props: { readonly style: Record<string, unknown>; readonly children?: string | Element | readonly Element[] };
}

function element(style: Record<string, unknown>, children?: string | Element | readonly Element[]): Element {
  return { type: "div", props: { style: { display: "flex", ...style }, ...(children === undefined ? {} : { children }) } };
}

/** Long titles are shortened so three lines always fit. */
function fitted(title: string): { text: string; size: number } {
  const chars = [...title];
  if (chars.length <= 45) return { text: title, size: 72 };
  if (chars.length <= 90) return { text: title, size: 60 };
  if (chars.length <= 140) return { text: title, size: 48 };
  const cut = chars.slice(0, 137).join("");
  return { text: `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 100)).trimEnd()}…`, size: 48 };
}

/**
 * The card: the site's name at the top, the post's title large in the
 * middle, a rule and the byline at the foot, on the theme's background with
 * a bar of the site's accent. A right-to-left title is set from the right
 * edge, its lines in their own order; the site's name and byline follow the
 * site's direction.
 */
export function cardLayout(card: SocialCard): Element {
  const { colours } = cardTheme();
  const title = fitted(card.title);
  const side = (dir: string) => ({ textAlign: dir === "rtl" ? "right" : "left", justifyContent: dir === "rtl" ? "flex-end" : "flex-start" });
  const padding = 80;
  const width = CARD_SIZE.width - 2 * padding - 16;
  return element(
    { width: CARD_SIZE.width, height: CARD_SIZE.height, background: colours.background, color: colours.text, fontFamily: "Serif, Arabic" },
    [
      element({ width: 16, height: "100%", background: card.accent }),
      element({ flexDirection: "column", justifyContent: "space-between", width: CARD_SIZE.width - 16, padding }, [
        element({ width, fontSize: 34, fontWeight: 600, color: card.accent, ...side(card.siteDir) }, card.site),
        element({ width, fontSize: title.size, fontWeight: 600, lineHeight: 1.2, ...side(card.dir) }, title.text),
        element({ width, paddingTop: 24, borderTop: `2px solid ${colours.rule}`, fontSize: 30, color: colours.muted, ...side(card.siteDir) }, card.byline),
      ]),
    ],
  );
}

/** The card as a PNG. */
export async function drawCard(card: SocialCard): Promise<Uint8Array> {
  const svg = await satori(cardLayout(card) as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: await loadFonts() });
  return new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: "width", value: CARD_SIZE.width } }).render().asPng();
}

/**
 * Draws each card not in the cache yet, one after another (drawing keeps a
 * core busy; the cards of a rebuild are nearly all cached). Each is written
 * to a temporary file and renamed, so a build stopped halfway never leaves
 * half a card to be published later.
 */
export async function drawCards(cards: readonly SocialCard[]): Promise<number> {
  let drawn = 0;
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.file)) continue;
    seen.add(card.file);
    if (await stat(card.file).then(() => true, () => false)) continue;
    await mkdir(path.dirname(card.file), { recursive: true });
    const partial = `${card.file}.${process.pid}.partial`;
    await writeFile(partial, await drawCard(card));
    await rename(partial, card.file);
    drawn++;
  }
  return drawn;
}
