import type { Collections } from "../model/collections.ts";
import type { Sitemap } from "../model/feed.ts";
import type { Post } from "../model/post.ts";
import type { Problem } from "../model/problem.ts";
import { FOLDERS, outputFile, ROUTES } from "../model/routes.ts";

/** Who owns each page there is one of, as problems name it. */
const SINGLE_PAGES: Readonly<Record<keyof typeof ROUTES, string>> = {
  home: "the home page",
  archive: "the archive",
  tags: "the list of tags",
  authors: "the list of authors",
  search: "the search page",
  notFound: "the not-found page",
  atom: "the Atom feed",
  rss: "the RSS feed",
  json: "the JSON feed",
  sitemap: "the sitemap",
  robots: "robots.txt",
};

const ENGINE_FOLDERS: Readonly<Record<keyof typeof FOLDERS, string>> = {
  assets: "the theme's files",
  images: "the processed images",
  pagefind: "the search index",
};

/** The part of the site that decides its addresses. */
export interface RouteInput {
  readonly posts: readonly Post[];
  readonly collections: Collections;
  readonly sitemap: Sitemap;
}

export interface RouteTable {
  /** Every file the build writes, by its path in the output folder, with what it belongs to. */
  readonly routes: Map<string, string>;
  /** Each second claim on an address, naming both claimants. */
  readonly problems: Problem[];
}

/**
 * Every address of the site and what owns it, before anything is written:
 * the engine's own pages and folders first, then the posts' pages, the
 * list pages, the files beside folder posts and the posts' old addresses.
 * An address is a file in the output folder, so `/x/` and `/x/index.html`
 * are one address. A second claim on one is a problem naming both, never a
 * page written over another.
 */
export function routeTable({ posts, collections, sitemap }: RouteInput): RouteTable {
  const routes = new Map<string, string>();
  const problems: Problem[] = [];
  const sources = new Set(posts.map((post) => post.sourcePath));
  /** The owner of an output file so far, or undefined if it is free. */
  const ownerOf = (file: string): string | undefined => {
    const folder = (Object.keys(FOLDERS) as (keyof typeof FOLDERS)[]).find((name) => file.startsWith(FOLDERS[name].slice(1)));
    return folder ? `${ENGINE_FOLDERS[folder]} (${FOLDERS[folder]})` : routes.get(file);
  };
  const claim = (url: string, owner: string, clash: (other: string) => Problem) => {
    const file = outputFile(url);
    const other = ownerOf(file);
    if (other === undefined) routes.set(file, owner);
    else problems.push(clash(other));
  };
  const engine = (url: string, owner: string) => claim(url, owner, (other) => ({ file: "(engine)", message: `${owner} and ${other} both want ${url}` }));

  for (const [name, url] of Object.entries(ROUTES) as [keyof typeof ROUTES, string][]) engine(url, SINGLE_PAGES[name]);
  for (const post of posts) {
    claim(post.url, post.sourcePath, (other) => ({
      file: post.sourcePath,
      field: "slug",
      message: `gives the URL ${post.url}, which ${other} has already; expected each address to belong to one post (set slug: in one of them)`,
    }));
  }
  for (const page of collections.home.slice(1)) engine(page.url, `page ${page.number} of the home page`);
  for (const page of collections.tagPages) engine(page.url, `the page of the tag “${page.tag.name}”${page.number > 1 ? `, page ${page.number}` : ""}`);
  for (const page of collections.authorPages) engine(page.url, `the page of ${page.author.name}${page.number > 1 ? `, page ${page.number}` : ""}`);
  for (const part of sitemap.parts) engine(part.url, "the sitemap");
  for (const post of posts) {
    for (const asset of post.assets) {
      if (asset.to.startsWith(FOLDERS.images)) continue; // processed images: named by their content, shared by every post that shows them
      claim(asset.to, post.sourcePath, (other) => ({
        file: post.sourcePath,
        message: `publishes the file beside it at ${asset.to}, which is ${other === post.sourcePath ? "the post's own page" : `${other}'s`}; expected no file there (rename or remove it)`,
      }));
    }
  }
  for (const post of posts) {
    for (const old of post.redirects) {
      claim(old.url, post.sourcePath, (other) => ({
        file: post.sourcePath,
        field: old.field,
        message: sources.has(other)
          ? `gives the URL ${old.url}, which ${other} has already; expected each address to belong to one post (remove the old address from one of them)`
          : `gives the URL ${old.url}, which is ${other}; expected an old address that no page or file of this site uses`,
      }));
    }
  }
  return { routes, problems };
}
