import type UserConfig from "@11ty/eleventy/UserConfig";
import { assets } from "./src/eleventy/assets.ts";
import { changedPages } from "./src/eleventy/changed-pages.ts";
import { globalData, siteRoot } from "./src/eleventy/global-data.ts";
import { liveReload } from "./src/eleventy/live-reload.ts";
import { postImages } from "./src/eleventy/post-images.ts";
import { postPages } from "./src/eleventy/post-pages.ts";
import { typescriptTemplates } from "./src/eleventy/typescript-templates.ts";

/** Broadsheet's Eleventy wiring: each line plugs in one module of src/. */
export default function (eleventyConfig: UserConfig) {
  const root = siteRoot();
  eleventyConfig.addPlugin(typescriptTemplates); // templates/pages/*.11ty.tsx are the pages
  eleventyConfig.addPlugin(globalData, { root }); // posts/ → validated, rendered Post[] for every page
  eleventyConfig.addPlugin(assets); // templates/assets → /assets
  eleventyConfig.addPlugin(postPages, { root }); // post pages are streamed to disk (and to Pagefind) one at a time
  eleventyConfig.addPlugin(postImages); // the shown posts' processed images and folder files → beside their pages
  eleventyConfig.addPlugin(liveReload, { root }); // the dev server follows posts, templates and src/
  eleventyConfig.addPlugin(changedPages, { root }); // after a post changes, the dev server rewrites only the pages it reaches

  return { dir: { input: "templates/pages" } };
}
