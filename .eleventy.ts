import type UserConfig from "@11ty/eleventy/UserConfig";
import { assets } from "./src/eleventy/assets.ts";
import { changedPages } from "./src/eleventy/changed-pages.ts";
import { globalData, siteRoot } from "./src/eleventy/global-data.ts";
import { liveReload } from "./src/eleventy/live-reload.ts";
import { postImages } from "./src/eleventy/post-images.ts";
import { searchIndex } from "./src/eleventy/search-index.ts";
import { typescriptTemplates } from "./src/eleventy/typescript-templates.ts";
import { writing } from "./src/eleventy/writing.ts";

/** Broadsheet's Eleventy wiring: each line plugs in one module of src/. */
export default function (eleventyConfig: UserConfig) {
  const root = siteRoot();
  eleventyConfig.addPlugin(typescriptTemplates); // templates/pages/*.11ty.tsx are the pages
  eleventyConfig.addPlugin(writing); // pages are written asynchronously, overlapping rendering
  eleventyConfig.addPlugin(globalData, { root }); // posts/ → validated, rendered Post[] for every page
  eleventyConfig.addPlugin(assets); // templates/assets → /assets
  eleventyConfig.addPlugin(searchIndex); // a production build hands post pages to Pagefind as they render
  eleventyConfig.addPlugin(postImages); // the shown posts' processed images and folder files → beside their pages
  eleventyConfig.addPlugin(liveReload, { root }); // the dev server follows posts, templates and src/
  eleventyConfig.addPlugin(changedPages, { root }); // after a post changes, the dev server rewrites only the pages it reaches

  return { dir: { input: "templates/pages" } };
}
