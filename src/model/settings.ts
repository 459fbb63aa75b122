import { z } from "zod";
import { DEFAULT_PERMALINK, PERMALINK_PARTS } from "./routes.ts";
import { SHARE_SERVICES } from "./share.ts";
import { accentProblem, ACCENT_EXAMPLE } from "./theme.ts";

/**
 * The one schema of a site's settings (`site.config.ts`): everything that
 * differs between blogs. The `Settings` type every layer reads is inferred
 * from it, and `src/content/settings.ts` validates the file against it.
 */

function describeInput(input: unknown): string {
  if (input === null) return "empty";
  if (Array.isArray(input)) return "a list";
  return typeof input === "object" ? "a set of settings" : `a ${typeof input}`;
}

const text = z.string().trim().min(1, "expected non-empty text");

/** A required text setting whose problem says what to write, for example what giscus.app shows. */
function setting(what: string, example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is missing; expected ${what}, for example ${example}` : `is ${describeInput(issue.input)}; expected ${what} as text, for example ${example}`,
    })
    .trim()
    .min(1, `is empty; expected ${what}, for example ${example}`);
}

function choice<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: (issue) => `is ${JSON.stringify(issue.input)}; expected ${what}: ${values.join(", ")}` });
}

function flag(what: string) {
  return z.boolean({ error: (issue) => `is ${describeInput(issue.input)}; expected true or false (${what})` });
}

/** Whether a URL names no user or password: every page would publish them. */
function withoutCredentials(value: string): boolean {
  try {
    const url = new URL(value);
    return url.username === "" && url.password === "";
  } catch {
    return true; // not a URL at all: z.url says so
  }
}

/** Whether a URL has no `?query` or `#fragment` (empty ones included), which paths cannot be appended to. */
function withoutQuery(value: string): boolean {
  return !/[?#]/.test(value);
}

const CREDENTIALS = "without a user name or password (the address is written into every page, feed and the sitemap)";

/** An http(s) URL; `what` says which. The value keeps no trailing slash, so paths can be appended. */
function serverUrl(what: string, example: string) {
  return z
    .url({ protocol: /^https?$/, error: `expected ${what} as an absolute http(s) URL, for example ${example}` })
    .refine(withoutCredentials, `expected ${what} ${CREDENTIALS}, for example ${example}`)
    .refine(withoutQuery, `expected ${what} without a query or fragment, for example ${example}`)
    .transform((value) => value.replace(/\/+$/, ""));
}

const githubRepo = setting("a GitHub repository as owner/name", '"octo-org/blog-comments"').regex(
  /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/,
  'expected a GitHub repository as owner/name, for example "octo-org/blog-comments"',
);

/** Settings every comments provider accepts. */
const commonComments = {
  /** `false` turns comments off everywhere: no section on any post. */
  enabled: flag("false removes the comments section from every post").default(true),
  /** Where readers learn what the provider does with their data; each hosted provider has a default. */
  privacyPolicy: z
    .url({ protocol: /^https?$/, error: "expected the privacy policy's absolute http(s) URL" })
    .refine(withoutCredentials, `expected the privacy policy's URL ${CREDENTIALS}`)
    .optional(),
};

/** The settings of each comments provider; src/comments/providers.ts builds each one's embed from them. */
export const providerSettingsSchemas = {
  giscus: z.strictObject({
    provider: z.literal("giscus"),
    ...commonComments,
    repo: githubRepo,
    repoId: setting("the repository id giscus.app shows", '"R_kgDOExample"'),
    category: setting("the discussion category", '"Announcements"'),
    categoryId: setting("the category id giscus.app shows", '"DIC_kwDOExample"'),
    /** `specific` (the default) keys each discussion by the post's id, which survives moving the site. */
    mapping: choice(["specific", "pathname", "url", "title", "og:title"], "how posts map to discussions, one of").default("specific"),
    strict: flag("strict title matching").default(false),
    reactions: flag("reactions on the post").default(true),
    inputPosition: choice(["top", "bottom"], "where the comment box goes, one of").default("bottom"),
    lang: setting("a language giscus supports", '"en"').optional(),
  }),
  utterances: z.strictObject({
    provider: z.literal("utterances"),
    ...commonComments,
    repo: githubRepo,
    /** `post-id` (the default) keys each issue by the post's id, which survives moving the site. */
    issueTerm: choice(["post-id", "pathname", "url", "title", "og:title"], "how posts map to issues, one of").default("post-id"),
    label: setting("the label for comment issues", '"comments"').optional(),
  }),
  disqus: z.strictObject({
    provider: z.literal("disqus"),
    ...commonComments,
    shortname: setting("the site's Disqus shortname", '"security-brief"')
      .toLowerCase()
      .regex(/^[a-z0-9-]+$/, 'expected the Disqus shortname: letters, digits and hyphens, for example "security-brief"'),
  }),
  isso: z.strictObject({
    provider: z.literal("isso"),
    ...commonComments,
    /** The Isso server, with any sub-path it is served under; the script is `<host>/js/embed.min.js`. */
    host: serverUrl("the Isso server", '"https://comments.example.com/"'),
    lang: setting("a language Isso supports", '"en"').optional(),
  }),
  remark42: z.strictObject({
    provider: z.literal("remark42"),
    ...commonComments,
    /** The Remark42 server (its REMARK_URL); the script is `<host>/web/embed.js`. */
    host: serverUrl("the Remark42 server", '"https://remark42.example.com"'),
    siteId: setting("the SITE the Remark42 server was started with", '"remark"').default("remark"),
    locale: setting("a locale Remark42 supports", '"en"').optional(),
  }),
} as const;

export type ProviderName = keyof typeof providerSettingsSchemas;
export const PROVIDER_NAMES = Object.keys(providerSettingsSchemas) as ProviderName[];
const { giscus, utterances, disqus, isso, remark42 } = providerSettingsSchemas;
const PROVIDER_LIST = [giscus, utterances, disqus, isso, remark42] as const;

const noProvider = z.strictObject({
  /** `none` (the default) shows the placeholder, or only the static comments. */
  provider: z.literal("none").optional().default("none"),
  ...commonComments,
});

/** The `comments` setting: which provider, with its settings, or none; `enabled: false` turns comments off everywhere. */
const commentsSettingsSchema = z
  .discriminatedUnion("provider", [noProvider, ...PROVIDER_LIST], {
    error: (issue) =>
      issue.code === "invalid_union"
        ? `provider is ${JSON.stringify((issue.input as { provider?: unknown } | undefined)?.provider)}; expected one of none, ${PROVIDER_NAMES.join(", ")}`
        : `is ${describeInput(issue.input)}; expected settings such as { provider: "giscus", repo: "owner/name", ... }`,
  })
  .default({ provider: "none", enabled: true });

export type CommentsSettings = z.output<typeof commentsSettingsSchema>;
export type ProviderSettings = Exclude<CommentsSettings, { provider: "none" }>;

/** The `:names` of a permalink pattern that `postUrl` does not fill in. */
function unknownParts(pattern: string): string[] {
  return (pattern.match(/:[a-z_]+/gi) ?? []).filter((part) => !(PERMALINK_PARTS as readonly string[]).includes(part.slice(1)));
}

/** A colour that must read as link text on one scheme's background. */
function accentColour(scheme: "light" | "dark") {
  return z
    .string({ error: `expected the ${scheme} scheme's accent as text, for example "${ACCENT_EXAMPLE[scheme]}"` })
    .trim()
    .superRefine((value, context) => {
      const problem = accentProblem(value, scheme);
      if (problem) context.addIssue({ code: "custom", message: problem });
    });
}

/** A file of the site's static folder (`public/`), as a path inside it: `logo.svg`, `images/icon.png`. */
function staticFile(what: string, example: string) {
  return setting(what, example).refine(
    (value) => !value.startsWith("/") && !value.split(/[\\/]/).includes("..") && !/^[a-z][a-z\d+.-]*:/i.test(value),
    `expected ${what} as a path inside public/, without a leading / or .., for example ${example}`,
  );
}

/** `theme`: what a site changes of the look without editing the engine. */
const themeSchema = z
  .strictObject(
    {
      /** Links, rules and highlights; one colour per scheme, as no colour reads at 4.5:1 on both a light and a dark page. */
      accent: z
        .strictObject(
          { light: accentColour("light"), dark: accentColour("dark") },
          { error: `expected { light: "${ACCENT_EXAMPLE.light}", dark: "${ACCENT_EXAMPLE.dark}" }: one accent per scheme, as no one colour reads at 4.5:1 on both a light and a dark page` },
        )
        .optional(),
      /** `serif` (Source Serif 4 for text, IBM Plex Sans for the interface) or `sans` (IBM Plex Sans throughout). */
      font: choice(["serif", "sans"], "the face of the text, one of").default("serif"),
      /** An image in public/ shown before the site's title in the header. */
      logo: staticFile("an image in public/", '"logo.svg"').optional(),
      /** The icon browsers show in tabs, in public/; the theme's own otherwise. */
      favicon: staticFile("an icon in public/", '"favicon.png"').optional(),
      /** A stylesheet in public/ loaded after the theme's, for anything else. */
      stylesheet: staticFile("a stylesheet in public/", '"custom.css"').optional(),
      /** Share links under each post, as plain links to each service's share page; none by default. */
      share: z.array(choice(SHARE_SERVICES, "a service to share on, one of"), { error: `expected a list of services, for example ["email", "mastodon", "bluesky", "linkedin"]` }).default([]),
    },
    { error: (issue) => `is ${describeInput(issue.input)}; expected settings such as { accent: { light: "#8a2c0f", dark: "#f4a27e" }, font: "serif" }` },
  )
  .default({ font: "serif", share: [] });

export type ThemeSettings = z.output<typeof themeSchema>;
export const THEME_SETTINGS = ["accent", "font", "logo", "favicon", "stylesheet", "share"] as const;
/** Whether a text has characters no address may hold: spaces, controls, backslashes. */
function hasUnsafeCharacters(value: string): boolean {
  return /[\s\\\u0000-\u001f\u007f]/.test(value);
}

const LINK_EXAMPLE = "https://mastodon.social/@you, https://github.com/you or mailto:you@example.com";

/** An address on another site the reader may follow: an absolute http(s) or mailto: URL, without a user name or password. */
function outsideUrl(what: string) {
  return z
    .string({ error: (issue) => `is ${describeInput(issue.input)}; expected ${what} as text, for example ${LINK_EXAMPLE}` })
    .trim()
    .refine((value) => {
      try {
        const url = new URL(value);
        return /^(https?|mailto):$/.test(url.protocol) && !hasUnsafeCharacters(value) && (url.protocol === "mailto:" || url.hostname !== "");
      } catch {
        return false;
      }
    }, `expected ${what} as an absolute http(s) or mailto: URL, for example ${LINK_EXAMPLE}`)
    .refine(withoutCredentials, `expected ${what} without a user name or password (it is written into every page)`);
}

/**
 * An entry's address in the header: a path on this site (`/about/`,
 * `/tags/iraq/`, `/search/`), checked against the site's pages when it is
 * loaded (src/site/nav.ts), or an absolute http(s) or mailto: URL elsewhere.
 */
const navUrl = z
  .string({ error: (issue) => `is ${describeInput(issue.input)}; expected an address as text, for example "/about/" or "https://mastodon.social/@you"` })
  .trim()
  .superRefine((value, ctx) => {
    const example = 'expected a path on this site that starts with one /, such as "/about/" or "/archive/", or an absolute http(s) or mailto: URL such as "https://github.com/you"';
    if (value.startsWith("/")) {
      if (value.startsWith("//") || hasUnsafeCharacters(value) || /(^|\/)\.\.?(\/|$)|[?]/.test(value)) ctx.addIssue({ code: "custom", message: `"${value}" is not a path on this site; ${example}` });
      return;
    }
    const outside = outsideUrl("the address").safeParse(value);
    if (!outside.success) ctx.addIssue({ code: "custom", message: `"${value}" is neither a path on this site nor an address elsewhere; ${example}` });
  });

/** A link with its words: an entry of `nav`, `profiles` or `license`. */
function titledLink<T extends z.ZodType<string>>(what: string, url: T) {
  return z.strictObject(
    { title: setting(`the words of the ${what}`, '"About"'), url },
    { error: (issue) => (issue.code === "invalid_type" ? `is ${describeInput(issue.input)}; expected { title: "...", url: "..." }` : undefined) },
  );
}

function list<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: (issue) => `is ${describeInput(issue.input)}; expected a list of ${what}, such as [{ title: "About", url: "/about/" }]` });
}

export const settingsSchema = z.strictObject({
  title: setting("the site's name", '"The Security Brief"'),
  description: z.string().trim().default(""),
  /**
   * Where the site is published, with any sub-path it lives under:
   * `https://example.com/` or `https://example.com/blog/`.
   */
  url: z
    .url({ protocol: /^https?$/, error: "expected an absolute http(s) URL such as https://example.com/" })
    .refine(withoutCredentials, `expected the address readers use, ${CREDENTIALS}, such as https://example.com/`)
    .refine(withoutQuery, "expected the address of the site's front page, without a ?query or #fragment, such as https://example.com/blog/")
    .transform((value) => (value.endsWith("/") ? value : `${value}/`)),
  /** BCP 47 language tag of the site, for `<html lang>` and date formatting. */
  language: z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "expected a BCP 47 language tag such as en or en-GB").default("en"),
  /** Used when a post names no author. Without it, every post must name one. */
  defaultAuthor: text.optional(),
  /** Posts per page on the home, tag and author pages. */
  pageSize: z.number({ error: "expected a whole number of posts per page, such as 10" }).int("expected a whole number, such as 10").min(1, "expected at least 1").default(10),
  /** How many of the newest posts the Atom, RSS and JSON feeds carry. */
  feedSize: z.number({ error: "expected a whole number of posts, such as 20" }).int("expected a whole number, such as 20").min(1, "expected at least 1").default(20),
  /** What every feed (Atom, RSS, JSON; the site's and each tag's, author's and series') carries of a post. */
  feeds: z
    .strictObject(
      {
        /** `full` (the default): the whole post; `summary`: its description or first paragraph, and a link to read the rest. */
        content: choice(["full", "summary"], "what feeds carry of each post, one of").default("full"),
      },
      { error: (issue) => `is ${describeInput(issue.input)}; expected settings such as { content: "summary" }` },
    )
    .default({ content: "full" }),
  /** `"auto"`: posts with at least three h2 headings get a table of contents unless they say `toc: false`. */
  toc: z.union([z.literal("auto"), z.literal(false)], { error: 'expected "auto" (a table of contents for posts with three or more sections) or false' }).default(false),
  /** The comments provider and its settings, or none; `enabled: false` turns comments off everywhere. */
  comments: commentsSettingsSchema,
  /** `false`: a post without a picture of its own is shared without one, instead of with a card drawn from its title. */
  socialCards: flag("false stops drawing a social card for each post without a picture").default(true),
  /**
   * Where each post is published: `/posts/:slug/` by default, or the pattern
   * the blog had before the move, such as Jekyll's `/:year/:month/:day/:slug/`.
   * See `postUrl` in src/model/routes.ts for the parts a pattern may name.
   */
  permalink: z
    .string({ error: 'expected a permalink pattern as text, for example "/:year/:month/:day/:slug/"' })
    .trim()
    .refine((value) => value.startsWith("/") && value.endsWith("/") && value !== "/", 'expected a pattern that starts and ends with /, for example "/:year/:month/:day/:slug/"')
    .refine((value) => /:(slug|title)(?![a-z_])/.test(value), 'expected a pattern that names the post\'s :slug (or :title), for example "/:year/:slug/"; without it every post of a day would have one address')
    .refine((value) => !/[\\%?#\s"<>]|\/\.\.?\//.test(value), 'expected a pattern of plain path parts, without .., \\, %, ?, # or spaces, for example "/blog/:year/:slug/"')
    .refine((value) => unknownParts(value).length === 0, {
      error: (issue) => `names ${unknownParts(String(issue.input)).join(", ")}; expected only ${PERMALINK_PARTS.map((part) => `:${part}`).join(", ")}`,
    })
    .default(DEFAULT_PERMALINK),
  /** `false`: images from other hosts are shown as links to them instead of being downloaded once and published with the site. */
  remoteImages: flag("false stops downloading images from other hosts; they are shown as links").default(true),
  /** `true`: a post's link to a page, file or #fragment of this site that does not exist stops the build instead of being a warning. */
  strictLinks: flag("true makes a broken link inside the site stop the build").default(false),
  /** The accent colours, the face of the text, a logo, a favicon and a stylesheet of the site's own. */
  theme: themeSchema,
  /**
   * The header's links, in order: pages, list pages, tags, search, other
   * sites. Without it the header links the archive, the tags and search,
   * then every page with `menu: true`.
   */
  nav: list(titledLink("link", navUrl), "links").optional(),
  /** The site's own profiles elsewhere, linked in every page's footer with rel="me" (Mastodon checks it). */
  profiles: list(titledLink("link", outsideUrl("the profile's address")), "links").default([]),
  /** The footer's copyright line; without it, "© <first year>–<last year> <title>" from the posts' dates. */
  copyright: setting("the copyright line", '"© 2020–2026 The Security Brief"').optional(),
  /** The licence the writing is published under, linked in the footer with rel="license". */
  license: titledLink("licence's name", outsideUrl("the licence's address")).optional(),
});

/** What a writer may put in `site.config.ts`: `export default { ... } satisfies SettingsInput`. */
export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;
