import type { SiteData } from "../src/build/site-data.ts";
import type { AuthorPage, TagPage } from "../src/collections/index.ts";
import type { ListPage } from "../src/collections/pagination.ts";
import type { Post } from "../src/content/post.ts";

/** The part of Eleventy's `page` object the templates read. */
export interface EleventyPage {
  readonly url: string;
}

/** What Eleventy hands every page template: our site data plus its own page info. */
export interface PageData {
  readonly broadsheet: SiteData;
  readonly page: EleventyPage;
}

export interface HomePageData extends PageData {
  readonly listPage: ListPage<Post>;
}

export interface TagPageData extends PageData {
  readonly listPage: TagPage;
}

export interface AuthorPageData extends PageData {
  readonly listPage: AuthorPage;
}

/** Eleventy writes a page for `url` (a folder URL) to its index.html. */
export function outputPath(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}
