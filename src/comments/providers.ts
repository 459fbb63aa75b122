import type { ProviderNotice } from "../model/comments.ts";
import type { Embed } from "../model/embed.ts";

/** A comments provider's embed always has a script: the provider's own. */
export type ProviderEmbed = Embed & { readonly script: NonNullable<Embed["script"]> };
import type { ProviderName, ProviderSettings } from "../model/settings.ts";

/**
 * The comments providers Broadsheet can embed, in one table: the name readers
 * see and how to build each one's documented embed for one post. Their
 * settings are validated with the rest of `site.config.ts`
 * (src/model/settings.ts). The comments section and the loader script
 * (`templates/assets/embeds.js`) both read what `embedFor()` builds from
 * this table; the loader knows no provider.
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

interface ProviderDefinition<S extends ProviderSettings> {
  /** The name readers see: "Comments are hosted by giscus". */
  readonly displayName: string;
  /** The service behind the provider, when it is not the provider itself. */
  readonly service?: string;
  /** The provider's privacy policy; self-hosted providers have none of their own. */
  readonly privacyPolicy?: string;
  embed(settings: S, page: EmbedPage, scheme: ColorScheme): ProviderEmbed;
}

type Definitions = { readonly [Name in ProviderName]: ProviderDefinition<Extract<ProviderSettings, { provider: Name }>> };

const GITHUB_PRIVACY = "https://docs.github.com/site-policy/privacy-policies/github-general-privacy-statement";

const giscus: Definitions["giscus"] = {
  displayName: "giscus",
  service: "GitHub Discussions",
  privacyPolicy: "https://github.com/giscus/giscus/blob/main/PRIVACY-POLICY.md",
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
};

const utterances: Definitions["utterances"] = {
  displayName: "utterances",
  service: "GitHub issues",
  privacyPolicy: GITHUB_PRIVACY,
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
};

const disqus: Definitions["disqus"] = {
  displayName: "Disqus",
  privacyPolicy: "https://help.disqus.com/en/articles/1717103-disqus-privacy-policy",
  // Disqus takes its colours from the page around it; there is no theme to pass.
  embed(settings, page) {
    return {
      mount: { tag: "div", attributes: { id: "disqus_thread" } },
      script: { src: `https://${settings.shortname}.disqus.com/embed.js`, attributes: {}, inside: false },
      global: { name: "disqus_config", value: { page: { url: page.url, identifier: page.id, title: page.title } }, asFunction: true },
    };
  },
};

const isso: Definitions["isso"] = {
  displayName: "Isso",
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
};

const remark42: Definitions["remark42"] = {
  displayName: "Remark42",
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
};

/** Every provider, by the name `provider:` takes in `site.config.ts`. */
export const PROVIDERS: Definitions = { giscus, utterances, disqus, isso, remark42 };

/** The provider's embed for one post in one color scheme. */
export function embedFor(settings: ProviderSettings, page: EmbedPage, scheme: ColorScheme): ProviderEmbed {
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

export function noticeFor(settings: ProviderSettings, page: EmbedPage): ProviderNotice {
  const provider = PROVIDERS[settings.provider];
  return {
    displayName: provider.displayName,
    service: provider.service,
    host: new URL(embedFor(settings, page, "light").script.src).host,
    privacyPolicy: settings.privacyPolicy ?? provider.privacyPolicy,
  };
}
