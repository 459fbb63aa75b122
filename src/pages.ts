/** Site-relative URLs of the pages there is one of. */
export const PAGES = {
  home: "/",
  archive: "/archive/",
  tags: "/tags/",
  authors: "/authors/",
  search: "/search/",
  /** Pagefind's index and search box, written by the production build. */
  pagefind: "/pagefind/",
  notFound: "/404.html",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
} as const;
