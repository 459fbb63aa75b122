import type { PostDate } from "./post.ts";

/** A comment kept in the repository: `comments/<post-slug>/<anything>.md`. */
export interface StaticComment {
  /** The element id of the comment on its post's page, from its file name: `comment-<name>`. */
  readonly id: string;
  readonly postSlug: string;
  readonly author: string;
  /** The author's web site, an http(s) URL. */
  readonly url: string | undefined;
  readonly date: PostDate;
  /** The body, rendered by the comment markdown instance (no raw HTML, safe links only). */
  readonly html: string;
  /** Path of the Markdown file relative to the site root: `comments/<post-slug>/x.md`. */
  readonly sourcePath: string;
}

/** What readers are told about where a provider's comments live and what loading them contacts. */
export interface ProviderNotice {
  readonly displayName: string;
  /** The service behind the provider, when it is not the provider itself: "GitHub Discussions". */
  readonly service: string | undefined;
  /** The host the provider's script comes from: what loading the comments contacts first. */
  readonly host: string;
  readonly privacyPolicy: string | undefined;
}

/** The comments section at the end of a post. A post whose comments are off has none. */
export interface CommentsSection {
  /** Static comments, oldest first. */
  readonly comments: readonly StaticComment[];
  /** The provider whose comments load below them when the reader asks, if the site has one. */
  readonly provider?: {
    readonly notice: ProviderNotice;
    /**
     * The provider's embed for this post in the light and the dark scheme, as
     * JSON for the loader script (`/assets/embeds.js`); absent in the dev
     * server, which never loads a provider.
     */
    readonly embed: string | undefined;
  };
}
