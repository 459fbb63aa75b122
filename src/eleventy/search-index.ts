import type UserConfig from "@11ty/eleventy/UserConfig";
import { activeSearchIndex, isSearchablePage } from "../search/pagefind.ts";

/**
 * Hands each rendered post page to the production build's Pagefind index as
 * it is written, so indexing runs beside rendering on a second core.
 */
export function searchIndex(eleventyConfig: UserConfig): void {
  eleventyConfig.addTransform("search-index", function (this: { page: { url: string | false } }, content: string) {
    const index = activeSearchIndex();
    const { url } = this.page;
    const sourcePath = url ? `${url.slice(1)}index.html` : "";
    if (index && isSearchablePage(sourcePath)) index.add(sourcePath, content);
    return content;
  });
}
