import { FOLDERS } from "./routes.ts";

/**
 * The web fonts the theme ships: open-licensed (SIL OFL 1.1) WOFF2 subsets
 * from the Fontsource packages, copied from node_modules into
 * `/assets/fonts/` by every build (src/eleventy/assets.ts), and named by the
 * `@font-face` rules of templates/assets/style.css. A browser fetches a file
 * only when the page shows a character of its subset in its face, so the
 * Arabic subset costs nothing on a page without Arabic.
 *
 * - Source Serif 4: the text face, made for long reading; Latin and Latin Extended.
 * - IBM Plex Sans Arabic: the interface face (Latin, Latin Extended) and the
 *   face of every Arabic-script character, in text and interface alike.
 */
export interface FontFile {
  /** The npm package the file comes from. */
  readonly package: "@fontsource/source-serif-4" | "@fontsource/ibm-plex-sans-arabic";
  /** The file's name in the package's `files/` folder, and in `/assets/fonts/`. */
  readonly file: string;
}

function files(pkg: FontFile["package"], name: string, subsets: readonly string[], variants: readonly string[]): FontFile[] {
  return subsets.flatMap((subset) => variants.map((variant) => ({ package: pkg, file: `${name}-${subset}-${variant}.woff2` })));
}

export const FONT_FILES: readonly FontFile[] = [
  ...files("@fontsource/source-serif-4", "source-serif-4", ["latin", "latin-ext"], ["400-normal", "400-italic", "600-normal", "600-italic"]),
  ...files("@fontsource/ibm-plex-sans-arabic", "ibm-plex-sans-arabic", ["latin", "latin-ext", "arabic"], ["400-normal", "600-normal"]),
];

/** `/assets/fonts/`: where the files are published. */
export const FONTS_FOLDER = FOLDERS.fonts;

/** `theme.font`: the face of the body text. */
export type FontChoice = "serif" | "sans";

/**
 * The files a page preloads: the faces of its text, its headings and its
 * interface (header, bylines, dates), in the script of the site's language,
 * so the first paint does not wait for the stylesheet to be read, and text
 * does not move when a face arrives late (Lighthouse measured a layout shift
 * of 0.14 on the home page with the text face alone preloaded). Every page
 * shows all of them, so none is fetched in vain.
 *
 * `italic`: the page's first screen also shows the text face's italic (the
 * home page's description). Found only once the stylesheet is read, it was
 * the last file the home page's first paint waited for: Lighthouse's LCP
 * went from 2.0 s to 1.5 s with it preloaded. Pages that show italic only
 * further down (a quotation) do not preload it. Arabic and the sans face
 * have no italic file.
 */
export function preloadedFonts(font: FontChoice, direction: "ltr" | "rtl", { italic = false }: { italic?: boolean } = {}): string[] {
  const sans = (script: string) => [`${FONTS_FOLDER}ibm-plex-sans-arabic-${script}-400-normal.woff2`, `${FONTS_FOLDER}ibm-plex-sans-arabic-${script}-600-normal.woff2`];
  if (direction === "rtl") return sans("arabic");
  if (font === "sans") return sans("latin");
  return [
    `${FONTS_FOLDER}source-serif-4-latin-400-normal.woff2`,
    `${FONTS_FOLDER}source-serif-4-latin-600-normal.woff2`,
    `${FONTS_FOLDER}ibm-plex-sans-arabic-latin-400-normal.woff2`,
    ...(italic ? [`${FONTS_FOLDER}source-serif-4-latin-400-italic.woff2`] : []),
  ];
}
