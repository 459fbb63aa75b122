import { z } from "zod";

/**
 * The comments providers Broadsheet can embed, in one table: the settings each
 * one needs (validated with the rest of `site.config.ts`), the name readers
 * see, and how to build its documented embed for one post. The comments
 * section and the loader script (`templates/assets/comments.js`) both read
 * what `embedFor()` builds from this table; the loader knows no provider.
 */

export type ColorScheme = "light" | "dark";

/** What a provider needs to know about the post whose comments it shows. */
export interface EmbedPage {
  /** The post's stable id (its slug). */
  readonly id: string;
  /** The post's canonical, absolute URL. */
  readonly url: string;
  readonly title: string;
}

/**
 * One provider's embed for one post, as plain data the loader turns into
 * elements on a click: the element the provider renders into, its script with
 * the documented attributes, and the global some providers read first.
 */
export interface Embed {
  readonly mount: { readonly tag: "div" | "section"; readonly attributes: Readonly<Record<string, string>> };
  readonly script: {
    readonly src: string;
    readonly attributes: Readonly<Record<string, string>>;
    /** utterances renders where its script is, so its script goes inside the mount; others go after it. */
    readonly inside: boolean;
  };
  /** `remark_config` is read as an object; `disqus_config` is a function Disqus calls with its config as `this`. */
  readonly global?: { readonly name: "remark_config" | "disqus_config"; readonly value: Readonly<Record<string, unknown>>; readonly asFunction: boolean };
}

function describeInput(input: unknown): string {
  if (input === null) return "empty";
  if (Array.isArray(input)) return "a list";
  return typeof input === "object" ? "a set of settings" : `a ${typeof input}`;
}

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

/** An http(s) URL; `what` says which. The value keeps no trailing slash, so paths can be appended. */
function serverUrl(what: string, example: string) {
  return z
    .url({ protocol: /^https?$/, error: `expected ${what} as an absolute http(s) URL, for example ${example}` })
    .refine((value) => !/[?#]/.test(value), `expected ${what} without a query or fragment, for example ${example}`)
    .transform((value) => value.replace(/\/+$/, ""));
}

const githubRepo = setting("a GitHub repository as owner/name", '"octo-org/blog-comments"').regex(
  /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/,
  'expected a GitHub repository as owner/name, for example "octo-org/blog-comments"',
);

/** Settings every provider accepts. */
const common = {
  /** `false` turns comments off everywhere: no section on any post. */
  enabled: flag("false removes the comments section from every post").default(true),
  /** Where readers learn what the provider does with their data; each hosted provider has a default. */
  privacyPolicy: z.url({ protocol: /^https?$/, error: "expected the privacy policy's absolute http(s) URL" }).optional(),
};

interface ProviderDefinition<S extends z.ZodType> {
  /** The name readers see: "Comments are hosted by giscus". */
  readonly displayName: string;
  /** The service behind the provider, when it is not the provider itself. */
  readonly service?: string;
  /** The provider's privacy policy; self-hosted providers have none of their own. */
  readonly privacyPolicy?: string;
  readonly settings: S;
  embed(settings: z.output<S>, page: EmbedPage, scheme: ColorScheme): Embed;
}

/** Types each provider's `embed` by its own settings schema. */
function defineProvider<S extends z.ZodType>(definition: ProviderDefinition<S>): ProviderDefinition<S> {
  return definition;
}

const GITHUB_PRIVACY = "https://docs.github.com/site-policy/privacy-policies/github-general-privacy-statement";

const giscus = defineProvider({
  displayName: "giscus",
  service: "GitHub Discussions",
  privacyPolicy: "https://github.com/giscus/giscus/blob/main/PRIVACY-POLICY.md",
  settings: z.strictObject({
    provider: z.literal("giscus"),
    ...common,
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
  embed(settings, page, scheme) {
    return {
      mount: { tag: "div", attributes: { class: "giscus" } },
      script: {
        src: "https://giscus.app/client.js",
        attributes: {
          "data-repo": settings.repo,
          "data-repo-id": settings.repoId,
          "data-category": settings.category,
          "data-category-id": settings.categoryId,
          "data-mapping": settings.mapping,
          ...(settings.mapping === "specific" ? { "data-term": page.id } : {}),
          "data-strict": settings.strict ? "1" : "0",
          "data-reactions-enabled": settings.reactions ? "1" : "0",
          "data-emit-metadata": "0",
          "data-input-position": settings.inputPosition,
          "data-theme": scheme,
          ...(settings.lang ? { "data-lang": settings.lang } : {}),
          crossorigin: "anonymous",
        },
        inside: false,
      },
    };
  },
});

const utterances = defineProvider({
  displayName: "utterances",
  service: "GitHub issues",
  privacyPolicy: GITHUB_PRIVACY,
  settings: z.strictObject({
    provider: z.literal("utterances"),
    ...common,
    repo: githubRepo,
    /** `post-id` (the default) keys each issue by the post's id, which survives moving the site. */
    issueTerm: choice(["post-id", "pathname", "url", "title", "og:title"], "how posts map to issues, one of").default("post-id"),
    label: setting("the label for comment issues", '"comments"').optional(),
  }),
  embed(settings, page, scheme) {
    return {
      mount: { tag: "div", attributes: { class: "utterances-thread" } },
      script: {
        src: "https://utteranc.es/client.js",
        attributes: {
          repo: settings.repo,
          "issue-term": settings.issueTerm === "post-id" ? page.id : settings.issueTerm,
          ...(settings.label ? { label: settings.label } : {}),
          theme: scheme === "dark" ? "github-dark" : "github-light",
          crossorigin: "anonymous",
        },
        inside: true,
      },
    };
  },
});

const disqus = defineProvider({
  displayName: "Disqus",
  privacyPolicy: "https://help.disqus.com/en/articles/1717103-disqus-privacy-policy",
  settings: z.strictObject({
    provider: z.literal("disqus"),
    ...common,
    shortname: setting("the site's Disqus shortname", '"security-brief"')
      .toLowerCase()
      .regex(/^[a-z0-9-]+$/, 'expected the Disqus shortname: letters, digits and hyphens, for example "security-brief"'),
  }),
  // Disqus takes its colours from the page around it; there is no theme to pass.
  embed(settings, page) {
    return {
      mount: { tag: "div", attributes: { id: "disqus_thread" } },
      script: { src: `https://${settings.shortname}.disqus.com/embed.js`, attributes: {}, inside: false },
      global: { name: "disqus_config", value: { page: { url: page.url, identifier: page.id, title: page.title } }, asFunction: true },
    };
  },
});

const isso = defineProvider({
  displayName: "Isso",
  settings: z.strictObject({
    provider: z.literal("isso"),
    ...common,
    /** The Isso server, with any sub-path it is served under; the script is `<host>/js/embed.min.js`. */
    host: serverUrl("the Isso server", '"https://comments.example.com/"'),
    lang: setting("a language Isso supports", '"en"').optional(),
  }),
  // Isso is styled by its stylesheet, which follows the page; there is no theme to pass.
  embed(settings, page) {
    return {
      mount: { tag: "section", attributes: { id: "isso-thread", "data-isso-id": page.id, "data-title": page.title } },
      script: {
        src: `${settings.host}/js/embed.min.js`,
        attributes: { "data-isso": settings.host, ...(settings.lang ? { "data-isso-lang": settings.lang } : {}) },
        inside: false,
      },
    };
  },
});

const remark42 = defineProvider({
  displayName: "Remark42",
  settings: z.strictObject({
    provider: z.literal("remark42"),
    ...common,
    /** The Remark42 server (its REMARK_URL); the script is `<host>/web/embed.js`. */
    host: serverUrl("the Remark42 server", '"https://remark42.example.com"'),
    siteId: setting("the SITE the Remark42 server was started with", '"remark"').default("remark"),
    locale: setting("a locale Remark42 supports", '"en"').optional(),
  }),
  embed(settings, page, scheme) {
    return {
      mount: { tag: "div", attributes: { id: "remark42" } },
      script: { src: `${settings.host}/web/embed.js`, attributes: {}, inside: false },
      global: {
        name: "remark_config",
        value: {
          host: settings.host,
          site_id: settings.siteId,
          url: page.url,
          page_title: page.title,
          theme: scheme,
          components: ["embed"],
          ...(settings.locale ? { locale: settings.locale } : {}),
        },
        asFunction: false,
      },
    };
  },
});


/** Every provider, by the name `provider:` takes in `site.config.ts`. */
export const PROVIDERS = { giscus, utterances, disqus, isso, remark42 } as const;

export type ProviderName = keyof typeof PROVIDERS;

const noProvider = z.strictObject({
  /** `none` (the default) shows the placeholder, or only the static comments. */
  provider: z.literal("none").optional().default("none"),
  ...common,
});

/** The `comments` setting of `site.config.ts`: which provider, with its settings, or none. */
export const commentsSettingsSchema = z
  .discriminatedUnion("provider", [noProvider, giscus.settings, utterances.settings, disqus.settings, isso.settings, remark42.settings], {
    error: (issue) =>
      issue.code === "invalid_union"
        ? `provider is ${JSON.stringify((issue.input as { provider?: unknown } | undefined)?.provider)}; expected one of none, ${Object.keys(PROVIDERS).join(", ")}`
        : `is ${describeInput(issue.input)}; expected settings such as { provider: "giscus", repo: "owner/name", ... }`,
  })
  .default({ provider: "none", enabled: true });

export type CommentsSettings = z.output<typeof commentsSettingsSchema>;
export type ProviderSettings = Exclude<CommentsSettings, { provider: "none" }>;

/** The provider's embed for one post in one color scheme. */
export function embedFor(settings: ProviderSettings, page: EmbedPage, scheme: ColorScheme): Embed {
  switch (settings.provider) {
    case "giscus":
      return giscus.embed(settings, page, scheme);
    case "utterances":
      return utterances.embed(settings, page, scheme);
    case "disqus":
      return disqus.embed(settings, page, scheme);
    case "isso":
      return isso.embed(settings, page, scheme);
    case "remark42":
      return remark42.embed(settings, page, scheme);
  }
}

/** What readers are told about where the comments live and what loading them contacts. */
export interface ProviderNotice {
  readonly displayName: string;
  /** The service behind the provider, when it is not the provider itself: "GitHub Discussions". */
  readonly service: string | undefined;
  /** The host the provider's script comes from: what loading the comments contacts first. */
  readonly host: string;
  readonly privacyPolicy: string | undefined;
}

export function noticeFor(settings: ProviderSettings, page: EmbedPage): ProviderNotice {
  const provider = PROVIDERS[settings.provider];
  return {
    displayName: provider.displayName,
    service: provider.service,
    host: new URL(embedFor(settings, page, "light").script.src).host,
    privacyPolicy: settings.privacyPolicy ?? provider.privacyPolicy,
  };
}
