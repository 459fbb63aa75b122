import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { FOLDERS } from "../model/routes.ts";

/** The theme's stylesheet, icon and scripts. */
export const ASSETS_DIR = fileURLToPath(new URL("../../templates/assets", import.meta.url));

/** templates/assets is copied to /assets, whichever folder the build runs in. */
export function assets(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ [ASSETS_DIR]: FOLDERS.assets.slice(1, -1) });
}
