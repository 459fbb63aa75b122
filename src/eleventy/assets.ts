import type UserConfig from "@11ty/eleventy/UserConfig";

/** Stylesheets and other static files in templates/assets are copied to /assets. */
export function assets(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
}
