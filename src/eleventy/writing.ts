import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * Pages are written with asynchronous file system calls, so creating folders
 * and writing files overlaps with rendering instead of blocking it: on 10,000
 * posts, Eleventy's default synchronous writes are the largest single cost.
 */
export function writing(eleventyConfig: UserConfig): void {
  eleventyConfig.configureTemplateHandling({ writeMode: "async" });
}
