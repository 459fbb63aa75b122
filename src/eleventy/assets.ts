import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { FONT_FILES, FONTS_FOLDER } from "../model/fonts.ts";
import { FOLDERS } from "../model/routes.ts";

/** The theme's stylesheet, icon and scripts. */
export const ASSETS_DIR = fileURLToPath(new URL("../../templates/assets", import.meta.url));

const require = createRequire(import.meta.url);

/** Where each shipped font file is in node_modules, by the name it is published under. */
export function fontSources(): Record<string, string> {
  return Object.fromEntries(
    FONT_FILES.map((font) => [path.join(path.dirname(require.resolve(`${font.package}/package.json`)), "files", font.file), `${FONTS_FOLDER.slice(1)}${font.file}`]),
  );
}

/** templates/assets is copied to /assets, and the shipped fonts from their npm packages to /assets/fonts, whichever folder the build runs in. */
export function assets(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ [ASSETS_DIR]: FOLDERS.assets.slice(1, -1), ...fontSources() });
}
