import type { SiteData } from "../src/build/site-data.ts";
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

export interface PostPageData extends PageData {
  readonly post: Post;
}
