import path from "node:path";
import { ENGINE_ROOT } from "../helpers/site.ts";
import type { ColorScheme } from "./lib/accessibility.ts";
import type { Sight, Step } from "./lib/journey.ts";
import type { Viewport } from "./lib/layout.ts";
import type { FeedFormat } from "./lib/feeds.ts";
import { SITE_NAMES, type SiteName } from "../helpers/fixture-sites.ts";
import type { Post } from "../../src/model/post.ts";
import type { Site } from "../../src/model/site.ts";

/** Git-ignored; emptied at the start of every run of the gates. */
export const SCREENSHOT_DIR = path.join(ENGINE_ROOT, "test-results", "screenshots");

/** `home-375x812.png`, `post-1280x800-dark.png`. */
export function screenshotPath(pageType: string, viewport: Viewport, scheme: ColorScheme): string {
  return path.join(SCREENSHOT_DIR, `${pageType}-${viewport.width}x${viewport.height}${scheme === "dark" ? "-dark" : ""}.png`);
}

/**
 * Every kind of page the site has, and how a reader reaches it. The gates in
 * `pages.test.ts` run over this list: a new page type is one more entry here.
 */
export interface PageType {
  /** Names the tests and the screenshots (`test-results/screenshots/<name>-<width>x<height>[-dark].png`). */
  readonly name: string;
  /**
   * The built sites it is checked on. The first is where the layout,
   * accessibility and offline gates run and screenshots are taken; the reader's
   * route from the home page is followed on every one of them.
   */
  readonly sites: readonly [SiteName, ...SiteName[]];
  /** Site-relative URL of the page the gates open. */
  readonly path: string;
  /** Which built HTML files (relative to the output folder) are pages of this type. */
  readonly files: RegExp;
  /**
   * How a reader gets here from the home page; empty for the home page itself.
   * When it ends by typing an address (the 404 page, an old address), the
   * other gates open that address too.
   */
  readonly reach: readonly Step[];
  /** What the reader does once there, before anything is checked (types a search); the other gates do it too. */
  readonly does?: readonly Step[];
  /** What a reader must see once there (and what they must not). */
  readonly sees: readonly Sight[];
  /**
   * The HTTP status at the end of the route (default 200): 404 for the
   * not-found page, reached by visiting an address that does not exist.
   */
  readonly status?: number;
  /**
   * Where the browser ends up by itself: a redirect page at a post's old
   * address sends the reader on to the post at once. The route must end
   * there, Back must return home (not to the redirect, which would send the
   * reader forward again), and the other gates check the page landed on.
   */
  readonly lands?: string;
}

/** The seed post, as its Markdown file in posts/ has it. */
const SEED = {
  title: "Deteriorating Security Situation in Iraq",
  path: "/posts/deteriorating-security-situation-in-iraq/",
  author: "Nicholas Doumouras, Jr.",
  authorPath: "/authors/nicholas-doumouras-jr/",
  date: "July 13, 2020",
  tag: "iraq",
  bodyExcerpt: "Hisham al-Hashimi, a powerful and well respected Iraqi security analyst",
  /** A word of its body, and of no other post's title. */
  searchWord: "Soleimani",
};

const SITE_NAV = { within: "navigation", withinName: "Site" } as const;
const PAGINATION = { within: "navigation", withinName: "Pagination" } as const;
const OLDER_POSTS = { link: "Older posts", ...PAGINATION } as const;

/** A post page: `posts/<slug>/index.html`. */
const POST_FILES = /^posts\/[^/]+\/index\.html$/;

export const PAGE_TYPES: readonly PageType[] = [
  // The sample site: what `npm run build` publishes, at the root and under /blog/.
  {
    name: "home",
    sites: ["sample", "sample-under-blog", "moving-in"],
    path: "/",
    files: /^index\.html$/,
    reach: [],
    sees: [{ heading: "The Security Brief", level: 1 }, { heading: SEED.title, level: 2 }],
  },
  {
    name: "post",
    sites: ["sample", "sample-under-blog", "moving-in"],
    path: SEED.path,
    files: POST_FILES,
    reach: [{ link: SEED.title, within: "main" }],
    sees: [
      { heading: SEED.title, level: 1 },
      { text: SEED.author },
      { text: SEED.date },
      { text: SEED.bodyExcerpt },
      { region: "Comments" },
      { heading: "Comments", level: 2 },
      { navigation: "Previous and next post" },
    ],
  },
  {
    name: "archive",
    sites: ["sample", "sample-under-blog"],
    path: "/archive/",
    files: /^archive\/index\.html$/,
    reach: [{ link: "Archive", ...SITE_NAV }],
    sees: [{ heading: "Archive", level: 1 }, { heading: "2020", level: 2 }, { text: SEED.title }],
  },
  {
    name: "tags",
    sites: ["sample", "sample-under-blog"],
    path: "/tags/",
    files: /^tags\/index\.html$/,
    reach: [{ link: "Tags", ...SITE_NAV }],
    sees: [{ heading: "Tags", level: 1 }, { text: SEED.tag }],
  },
  {
    name: "tag",
    sites: ["sample", "sample-under-blog"],
    path: `/tags/${SEED.tag}/`,
    files: /^tags\/[^/]+\/(page\/\d+\/)?index\.html$/,
    reach: [
      { link: SEED.title, within: "main" },
      { link: SEED.tag, within: "main" },
    ],
    sees: [{ heading: `Tagged “${SEED.tag}”`, level: 1 }, { heading: SEED.title, level: 2 }],
  },
  {
    name: "authors",
    sites: ["sample", "sample-under-blog"],
    path: "/authors/",
    files: /^authors\/index\.html$/,
    reach: [
      { link: SEED.title, within: "main" },
      { link: SEED.author, within: "main" },
      { link: "All authors", within: "main" },
    ],
    sees: [{ heading: "Authors", level: 1 }, { text: SEED.author }],
  },
  {
    name: "author",
    sites: ["sample", "sample-under-blog"],
    path: SEED.authorPath,
    files: /^authors\/[^/]+\/(page\/\d+\/)?index\.html$/,
    reach: [
      { link: SEED.title, within: "main" },
      { link: SEED.author, within: "main" },
    ],
    sees: [{ heading: SEED.author, level: 1 }, { heading: SEED.title, level: 2 }],
  },
  {
    name: "search",
    sites: ["sample", "sample-under-blog"],
    path: "/search/",
    files: /^search\/index\.html$/,
    reach: [{ link: "Search", ...SITE_NAV }],
    // Checked as a reader uses it: with results showing.
    does: [{ type: SEED.searchWord, into: "Search the posts" }],
    sees: [{ heading: "Search", level: 1 }, { text: SEED.title }],
  },
  {
    name: "not-found",
    sites: ["sample", "sample-under-blog"],
    path: "/404.html",
    files: /^404\.html$/,
    reach: [{ visit: "/no-such-page/" }],
    status: 404,
    sees: [{ heading: "Page not found", level: 1 }, { navigation: "Site" }],
  },

  {
    name: "page",
    sites: ["sample", "sample-under-blog", "moving-in"],
    path: "/about/",
    files: /^about\/index\.html$/,
    reach: [{ link: "About This Blog", ...SITE_NAV }],
    sees: [{ heading: "About This Blog", level: 1 }, { text: "We write slowly, cite our sources" }, { absent: { region: "Comments" } }, { absent: { navigation: "Previous and next post" } }],
  },

  // tests/fixtures/discovery: two posts a page, and an authors file.
  {
    name: "home-page-2",
    sites: ["discovery"],
    path: "/page/2/",
    files: /^page\/\d+\/index\.html$/,
    reach: [OLDER_POSTS],
    sees: [{ heading: "Discovery Fixture, page 2 of 3", level: 1 }, { heading: "Baghdad Notes", level: 2 }, { heading: "Maps and Sources", level: 2 }, { navigation: "Pagination" }],
  },
  {
    name: "tag-page-2",
    sites: ["discovery"],
    path: "/tags/middle-east/page/2/",
    files: /^tags\/[^/]+\/page\/\d+\/index\.html$/,
    reach: [{ link: "Tags", ...SITE_NAV }, { link: "Middle East", within: "main" }, OLDER_POSTS],
    sees: [{ heading: "Tagged “Middle East”, page 2 of 2", level: 1 }, { heading: "Baghdad Notes", level: 2 }, { navigation: "Pagination" }],
  },
  {
    name: "author-page-2",
    sites: ["discovery"],
    path: "/authors/nicholas-doumouras-jr/page/2/",
    files: /^authors\/[^/]+\/page\/\d+\/index\.html$/,
    reach: [OLDER_POSTS, { link: "Nicholas Doumouras, Jr.", within: "main" }, OLDER_POSTS],
    sees: [{ heading: "Nicholas Doumouras, Jr., page 2 of 2", level: 1 }, { heading: "Year End", level: 2 }, { navigation: "Pagination" }],
  },
  {
    name: "author-profile",
    sites: ["discovery"],
    path: "/authors/amira-haddad/",
    files: /^authors\/[^/]+\/index\.html$/,
    reach: [{ link: "Amira Haddad", within: "main" }],
    sees: [{ heading: "Amira Haddad", level: 1 }, { text: "Amira writes about method and sources." }, { text: "Amira's website" }, { heading: "Regional Outlook", level: 2 }],
  },

  {
    name: "home-pinned",
    sites: ["discovery"],
    path: "/",
    files: /^index\.html$/,
    reach: [],
    sees: [{ heading: "Discovery Fixture", level: 1 }, { text: "Pinned" }, { heading: "Year End", level: 2 }, { heading: "Regional Outlook", level: 2 }],
  },
  {
    name: "post-in-series",
    sites: ["discovery"],
    path: "/posts/maps-and-sources/",
    files: POST_FILES,
    // From the pinned first part, through the list of parts.
    reach: [
      { link: "Year End", within: "main" },
      { link: "Maps and Sources", within: "navigation", withinName: "Part 1 of 3 in Reading Iraq" },
    ],
    sees: [{ heading: "Maps and Sources", level: 1 }, { navigation: "Part 2 of 3 in Reading Iraq" }, { text: "Baghdad Notes" }],
  },
  {
    name: "series",
    sites: ["discovery"],
    path: "/series/reading-iraq/",
    files: /^series\/[^/]+\/index\.html$/,
    reach: [
      { link: "Year End", within: "main" },
      { link: "Reading Iraq", within: "main" },
    ],
    sees: [{ heading: "Series “Reading Iraq”", level: 1 }, { heading: "Year End", level: 2 }, { heading: "Baghdad Notes", level: 2 }, { text: "Subscribe to this series (Atom feed)" }],
  },
  {
    name: "series-index",
    sites: ["discovery"],
    path: "/series/",
    files: /^series\/index\.html$/,
    reach: [
      { link: "Year End", within: "main" },
      { link: "Reading Iraq", within: "main" },
      { link: "All series", within: "main" },
    ],
    sees: [{ heading: "Series", level: 1 }, { text: "Reading Iraq" }],
  },

  // tests/fixtures/post-page, under /notes/: every feature of a post, and a post in Arabic.
  {
    name: "home-two-languages",
    sites: ["post-page"],
    path: "/",
    files: /^index\.html$/,
    reach: [],
    sees: [{ heading: "Harbour Notes", level: 1 }, { heading: "A Day at the Harbour", level: 2 }, { heading: "يوم في الميناء", level: 2 }],
  },
  {
    name: "post-rich",
    sites: ["post-page"],
    path: "/posts/a-day-at-the-harbour/",
    files: POST_FILES,
    reach: [{ link: "A Day at the Harbour", within: "main" }],
    sees: [
      { heading: "A Day at the Harbour", level: 1 },
      { navigation: "Table of contents" },
      { image: "The ferry leaving the harbour at dawn" },
      { text: "The 6:10 ferry, photographed from the breakwater" },
      { text: "The quay is busiest an hour before anyone official arrives." },
      { heading: "تعداد الركاب", level: 2 },
      { region: "Day, Crossings, Passengers, Notes" },
      { text: "def passengers_per_crossing" },
      { region: "Footnotes" },
    ],
  },
  {
    name: "post-right-to-left",
    sites: ["post-page"],
    path: "/posts/arabic/",
    files: POST_FILES,
    reach: [{ link: "يوم في الميناء", within: "main" }],
    sees: [{ heading: "يوم في الميناء", level: 1 }, { text: "رنا خليل" }, { heading: "الصباح على الرصيف", level: 2 }, { image: "شعار مكتب الميناء" }, { heading: "سجل المكتب", level: 2 }],
  },

  {
    name: "post-beyond-prose",
    sites: ["post-page"],
    path: "/posts/counting-the-crossings/",
    files: POST_FILES,
    reach: [{ link: "Counting the Crossings", within: "main" }],
    sees: [
      { heading: "Counting the Crossings", level: 1 },
      { text: "Tickets cost $5 and $10" },
      { text: "The estimate assumes the counted crossings are like the others." },
      { text: "Before you copy the method" },
      { image: "How a count moves through the office" },
      { text: "Source of the diagram" },
      { text: "The 6:10 ferry leaving the breakwater" },
      { button: "Play the video" },
    ],
  },

  // tests/fixtures/language-fr and language-ar: the page chrome in the site's language, covers, thumbnails, share links.
  {
    name: "home-french",
    sites: ["language-fr"],
    path: "/",
    files: /^index\.html$/,
    reach: [],
    sees: [{ heading: "Carnets du port", level: 1 }, { heading: "Le premier bac de la journée", level: 2 }, { text: "9 mai 2024" }, { text: "1 min de lecture" }, { navigation: "Site" }],
  },
  {
    name: "post-french",
    sites: ["language-fr"],
    path: "/posts/le-premier-bac/",
    files: POST_FILES,
    reach: [{ link: "Le premier bac de la journée", within: "main" }],
    sees: [
      { heading: "Le premier bac de la journée", level: 1 },
      { text: "Ce que l’on voit du quai avant l’ouverture de la criée." },
      { image: "Le bac quittant le port à l’aube" },
      { text: "2 mai 2024" },
      { region: "Partager cet article" },
      { navigation: "Article précédent et suivant" },
      { region: "Commentaires" },
      // What the Markdown renderer writes around the writer's words is French too.
      { text: "Remarque" },
      { region: "Notes" },
      { button: "Lire la vidéo" },
    ],
  },
  {
    name: "home-arabic",
    sites: ["language-ar"],
    path: "/",
    files: /^index\.html$/,
    reach: [],
    sees: [{ heading: "دفاتر الميناء", level: 1 }, { heading: "أول عبّارة في اليوم", level: 2 }, { text: "قراءة في دقيقة واحدة" }, { navigation: "الموقع" }],
  },
  {
    name: "post-arabic",
    sites: ["language-ar"],
    path: "/posts/awal-abbara/",
    files: POST_FILES,
    reach: [{ link: "أول عبّارة في اليوم", within: "main" }],
    sees: [
      { heading: "أول عبّارة في اليوم", level: 1 },
      { text: "ما يُرى من الرصيف قبل أن يفتح سوق السمك." },
      { image: "العبّارة تغادر الميناء عند الفجر" },
      { navigation: "المحتويات" },
      { navigation: "التدوينة السابقة والتالية" },
      { region: "التعليقات" },
      { text: "ملاحظة" },
      { region: "الحواشي" },
      { button: "تشغيل الفيديو" },
    ],
  },
  {
    name: "page-folder",
    sites: ["post-page"],
    path: "/colophon/",
    files: /^colophon\/index\.html$/,
    reach: [{ link: "Colophon", ...SITE_NAV }],
    sees: [
      { heading: "Colophon", level: 1 },
      { navigation: "Table of contents" },
      { image: "The harbour office's stamp" },
      { image: "A map of the harbour, drawn by the office" },
      { text: "ferry timetable" },
      { text: "Mastodon" },
      { text: "CC BY 4.0" },
    ],
  },

  // tests/fixtures/comments, under /sub/: giscus on request, static comments, a hostile guest.
  {
    name: "post-comments",
    sites: ["comments"],
    path: "/posts/a-conversation/",
    files: POST_FILES,
    reach: [{ link: "A Conversation", within: "main" }],
    sees: [
      { heading: "A Conversation", level: 1 },
      { region: "Comments" },
      { text: "Alice First" },
      { text: "Third, though its file name comes first." },
      { text: /Comments are hosted by giscus/ },
      { button: "Load comments" },
    ],
  },
  {
    name: "post-hostile-comment",
    sites: ["comments"],
    path: "/posts/hostile-guest/",
    files: POST_FILES,
    reach: [{ link: 'A "Quoted" <Title> & </script> Too', within: "main" }],
    // Shown as text, never run: the offline gate fails on any dialog the page opens.
    sees: [{ heading: 'A "Quoted" <Title> & </script> Too', level: 1 }, { text: "Eve <script>alert('author')</script>" }, { text: "<script>alert(‘body’)</script>" }, { button: "Load comments" }],
  },
  {
    name: "post-no-comments-yet",
    sites: ["comments"],
    path: "/posts/no-comments-yet/",
    files: POST_FILES,
    reach: [{ link: "No Comments Yet", within: "main" }],
    sees: [{ heading: "No Comments Yet", level: 1 }, { region: "Comments" }, { button: "Load comments" }],
  },
  {
    name: "post-comments-off",
    sites: ["comments"],
    path: "/posts/closed-thread/",
    files: POST_FILES,
    reach: [{ link: "Closed Thread", within: "main" }],
    sees: [{ heading: "Closed Thread", level: 1 }, { text: "Comments are off here" }, { absent: { region: "Comments" } }, { absent: { button: "Load comments" } }],
  },

  // The sample site with tests/fixtures/moving-in/*: posts as other engines write them, and their old addresses.
  {
    name: "moved-in-jekyll",
    sites: ["moving-in"],
    path: "/posts/welcome-to-jekyll/",
    files: POST_FILES,
    reach: [{ link: "Welcome to Jekyll!", within: "main" }],
    sees: [{ heading: "Welcome to Jekyll!", level: 1 }, { text: "Tom Preston-Werner" }, { text: "May 6, 2013" }, { text: 'puts "Hi, #{name}"' }],
  },
  {
    name: "moved-in-hugo",
    sites: ["moving-in"],
    path: "/posts/creating-a-new-theme/",
    files: POST_FILES,
    reach: [{ link: "Creating a New Theme", within: "main" }],
    sees: [{ heading: "Creating a New Theme", level: 1 }, { text: "Michael Henderson" }, { text: "Jane Doe" }, { heading: "The layouts folder", level: 2 }],
  },
  {
    name: "moved-in-zola",
    sites: ["moving-in"],
    path: "/posts/zola-trip/",
    files: POST_FILES,
    reach: [{ link: "A Trip with Zola", within: "main" }],
    sees: [{ heading: "A Trip with Zola", level: 1 }, { text: "download the map" }, { image: "A small red square standing in for a photograph" }],
  },
  {
    name: "moved-in-astro",
    sites: ["moving-in"],
    path: "/posts/first-post/",
    files: POST_FILES,
    reach: [{ link: "First post", within: "main" }],
    sees: [{ heading: "First post", level: 1 }, { text: "July 8, 2022" }, { text: "Lorem ipsum dolor sit amet" }],
  },
  {
    name: "moved-in-eleventy",
    sites: ["moving-in"],
    path: "/posts/fifth-post/",
    files: POST_FILES,
    reach: [{ link: "This is my fifth post.", within: "main" }],
    sees: [{ heading: "This is my fifth post.", level: 1 }, { text: "January 20, 2023" }, { text: "function myCommand()" }],
  },
  {
    name: "redirect-file",
    sites: ["moving-in"],
    path: "/2014/09/theme.html",
    files: /^(2014\/09\/theme|jekyll\/update\/2013\/05\/06\/welcome-to-jekyll)\.html$/,
    reach: [{ visit: "/2014/09/theme.html" }],
    lands: "/posts/creating-a-new-theme/",
    sees: [{ heading: "Creating a New Theme", level: 1 }],
  },
  {
    name: "redirect-folder",
    sites: ["moving-in"],
    path: "/journal/zola-trip/",
    files: /^(old\/creating-a-new-theme|journal\/zola-trip|blog\/fifth-post)\/index\.html$/,
    reach: [{ visit: "/journal/zola-trip/" }],
    lands: "/posts/zola-trip/",
    sees: [{ heading: "A Trip with Zola", level: 1 }],
  },
];

/**
 * Every feed the sites publish. The feed gate reads each with a feed reader
 * (feedparser; JSON Feed with the reader of `lib/json-feed.ts`) and compares
 * its entries with the posts it must carry, newest first, as many as the
 * site's `feedSize` says; it also fails when a site publishes a feed that is
 * not listed here.
 */
export interface FeedType {
  /** Names the feed type in failure messages. */
  readonly name: string;
  /** The built sites that publish it. */
  readonly sites: readonly SiteName[];
  /**
   * Each feed of this type on a site: its site-relative URL (`/feed.xml`)
   * and the posts it carries, newest first. One feed for the site's own,
   * one per tag, author or series for theirs.
   */
  readonly feeds: (site: Site) => readonly { readonly path: string; readonly posts: readonly Post[] }[];
  /** The format the reader must recognise it as. */
  readonly format: FeedFormat;
}

export const FEEDS: readonly FeedType[] = [
  { name: "the site's Atom feed", sites: SITE_NAMES, feeds: (site) => [{ path: "/feed.xml", posts: site.posts }], format: "atom" },
  { name: "the site's RSS feed", sites: SITE_NAMES, feeds: (site) => [{ path: "/rss.xml", posts: site.posts }], format: "rss" },
  { name: "the site's JSON feed", sites: SITE_NAMES, feeds: (site) => [{ path: "/feed.json", posts: site.posts }], format: "json" },
  { name: "each tag's Atom feed", sites: SITE_NAMES, feeds: (site) => site.collections.tags.map((tag) => ({ path: tag.feedUrl, posts: tag.posts })), format: "atom" },
  { name: "each author's Atom feed", sites: SITE_NAMES, feeds: (site) => site.collections.authors.map((author) => ({ path: author.feedUrl, posts: author.posts })), format: "atom" },
  { name: "each series' Atom feed", sites: SITE_NAMES, feeds: (site) => site.collections.series.map((series) => ({ path: series.feedUrl, posts: series.posts })), format: "atom" },
];
