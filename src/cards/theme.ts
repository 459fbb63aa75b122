import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * What a social card is drawn with. Its colours are the theme's own, read
 * from the light scheme of templates/assets/style.css, so a new theme gives
 * new cards without a second list to keep in step. Its fonts are files from
 * npm packages (Fontsource), never fetched: the theme's text uses the
 * reader's system fonts, which a build machine may not have.
 */
export interface CardTheme {
  readonly colours: { readonly background: string; readonly text: string; readonly muted: string; readonly accent: string; readonly rule: string };
  readonly fonts: readonly CardFont[];
}

export interface CardFont {
  /** The family name the card's layout asks for. */
  readonly name: "Serif" | "Arabic";
  readonly weight: 400 | 600;
  /** npm package and the file inside it (WOFF: satori reads WOFF, TTF and OTF). */
  readonly packageName: string;
  readonly file: string;
}

/**
 * Source Serif 4 stands in for the theme's Charter-like serif; IBM Plex Sans
 * Arabic draws Arabic, Persian and Urdu titles. satori joins Arabic letters
 * but does not place marks, so a font whose dots are marks (Noto Naskh,
 * Amiri) loses them, and Noto Sans Arabic drops the dots of a final ya; IBM
 * Plex draws every letter whole. A title in another script (Hebrew, Chinese,
 * Devanagari) has no font here: see the README.
 */
export const CARD_FONTS: readonly CardFont[] = [
  { name: "Serif", weight: 400, packageName: "@fontsource/source-serif-4", file: "files/source-serif-4-latin-400-normal.woff" },
  { name: "Serif", weight: 600, packageName: "@fontsource/source-serif-4", file: "files/source-serif-4-latin-600-normal.woff" },
  { name: "Serif", weight: 400, packageName: "@fontsource/source-serif-4", file: "files/source-serif-4-latin-ext-400-normal.woff" },
  { name: "Serif", weight: 600, packageName: "@fontsource/source-serif-4", file: "files/source-serif-4-latin-ext-600-normal.woff" },
  { name: "Arabic", weight: 400, packageName: "@fontsource/ibm-plex-sans-arabic", file: "files/ibm-plex-sans-arabic-arabic-400-normal.woff" },
  { name: "Arabic", weight: 600, packageName: "@fontsource/ibm-plex-sans-arabic", file: "files/ibm-plex-sans-arabic-arabic-600-normal.woff" },
];

export const STYLESHEET = fileURLToPath(new URL("../../templates/assets/style.css", import.meta.url));
const require = createRequire(import.meta.url);

/** The custom properties of the stylesheet's first `:root` rule: the light scheme. */
export function themeColours(css: string): CardTheme["colours"] {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  const value = (name: string): string => {
    const found = new RegExp(`--${name}\\s*:\\s*([^;]+);`).exec(root)?.[1]?.trim();
    if (!found) throw new Error(`templates/assets/style.css has no --${name} in its :root rule; social cards take their colours from it`);
    // `--link: var(--accent)`: the colour of the property it names.
    const alias = /^var\(--([\w-]+)\)$/.exec(found)?.[1];
    return alias !== undefined && alias !== name ? value(alias) : found;
  };
  return { background: value("background"), text: value("text"), muted: value("muted"), accent: value("link"), rule: value("rule") };
}

let theme: CardTheme | undefined;

/** The theme, read once per process. */
export function cardTheme(): CardTheme {
  theme ??= { colours: themeColours(readFileSync(STYLESHEET, "utf8")), fonts: CARD_FONTS };
  return theme;
}

/** The font file on disk. */
export function fontPath(font: CardFont): string {
  return require.resolve(`${font.packageName}/${font.file}`);
}

/** The installed version of each font package: a new version of a font draws new cards. */
export function fontVersions(fonts: readonly CardFont[]): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const font of fonts) versions[font.packageName] ??= (require(`${font.packageName}/package.json`) as { version: string }).version;
  return versions;
}
