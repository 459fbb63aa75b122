import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ASSETS_DIR, fontSources } from "../../src/eleventy/assets.ts";
import { FOLDERS, THEME_FILES } from "../../src/model/routes.ts";
import { FONT_FILES, FONTS_FOLDER, preloadedFonts } from "../../src/model/fonts.ts";

const css = readFileSync(new URL("../../templates/assets/style.css", import.meta.url), "utf8");
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((match) => match[1]!);

describe("the theme's files", () => {
  it("are every file of templates/assets, each claimed in the route table by name, so a site's own files may share /assets/", () => {
    const shipped = readdirSync(ASSETS_DIR).map((name) => `${FOLDERS.assets}${name}`);
    expect(shipped.sort()).toEqual([...THEME_FILES].sort());
  });
});

describe("the shipped fonts", () => {
  it("are each a WOFF2 file of an installed package, copied to /assets/fonts/", () => {
    const sources = fontSources();
    expect(Object.keys(sources)).toHaveLength(FONT_FILES.length);
    for (const [from, to] of Object.entries(sources)) {
      expect(existsSync(from), from).toBe(true);
      expect(readFileSync(from).subarray(0, 4).toString("latin1"), from).toBe("wOF2");
      expect(`/${to}`).toBe(`${FONTS_FOLDER}${path.basename(from)}`);
    }
  });

  it("cover Latin, Latin Extended and Arabic", () => {
    const files = FONT_FILES.map((font) => font.file);
    for (const subset of ["-latin-", "-latin-ext-", "-arabic-"]) expect(files.some((file) => file.includes(subset)), subset).toBe(true);
  });

  it("are each named by one @font-face of the stylesheet, which names no other file", () => {
    const named = faces.map((face) => /url\("fonts\/([^"]+)"\)/.exec(face)?.[1]);
    expect(named.sort()).toEqual(FONT_FILES.map((font) => font.file).sort());
  });

  it("swap in when they arrive, and each covers only its subset's characters", () => {
    for (const face of faces) {
      expect(face).toMatch(/font-display: swap;/);
      expect(face).toMatch(/unicode-range: U\+/);
      expect(face).toMatch(/format\("woff2"\)/);
    }
  });

  it("load from the site itself: the stylesheet names no other host", () => {
    expect(css).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
    expect(css).not.toMatch(/@import/);
  });

  it("preload a file that is shipped, in the script of the site's language", () => {
    const shipped = FONT_FILES.map((font) => `${FONTS_FOLDER}${font.file}`);
    for (const font of ["serif", "sans"] as const) for (const direction of ["ltr", "rtl"] as const) for (const italic of [false, true]) for (const file of preloadedFonts(font, direction, { italic })) expect(shipped).toContain(file);
    expect(preloadedFonts("serif", "ltr")[0]).toMatch(/source-serif-4-latin-400/);
    expect(preloadedFonts("serif", "rtl")).toEqual(expect.arrayContaining([expect.stringMatching(/arabic-arabic-400/)]));
    expect(preloadedFonts("serif", "ltr", { italic: true }).at(-1)).toMatch(/source-serif-4-latin-400-italic/);
    expect(preloadedFonts("serif", "rtl", { italic: true })).toEqual(preloadedFonts("serif", "rtl"));
  });

  it("stay small: the text face's regular Latin file is under 25 KB", () => {
    const sources = Object.keys(fontSources());
    const text = sources.find((file) => file.endsWith("source-serif-4-latin-400-normal.woff2"))!;
    expect(statSync(text).size).toBeLessThan(25_000);
  });
});
