import type { ComponentChildren } from "preact";
import { ASSETS } from "../../src/model/routes.ts";
import { DiscoveryHead, type DiscoveryHeadProps } from "./DiscoveryHead.tsx";
import { useAbsoluteUrl, useHref, usePage } from "./PageContext.ts";
import { SocialMeta } from "./SocialMeta.tsx";

export interface HeadProps {
  /** The page's own title; the site title is added after it. Omit on the home page. */
  readonly title?: string;
  readonly description: string;
  /** Feeds, previous/next page, noindex and extra stylesheets: see DiscoveryHead. */
  readonly discovery?: DiscoveryHeadProps;
  /** The page's sharing metadata (Open Graph, structured data); a plain website card when omitted. */
  readonly meta?: ComponentChildren;
}

export function Head({ title, description, discovery, meta }: HeadProps) {
  const { site, url } = usePage();
  const href = useHref();
  const absolute = useAbsoluteUrl();
  const fullTitle = title ? `${title} · ${site.settings.title}` : site.settings.title;
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{fullTitle}</title>
      {description && <meta name="description" content={description} />}
      <link rel="canonical" href={absolute(url)} />
      <meta name="color-scheme" content="light dark" />
      <link rel="stylesheet" href={href(ASSETS.stylesheet)} />
      {/* Without an icon, browsers ask for /favicon.ico and log a 404. */}
      <link rel="icon" href={href(ASSETS.icon)} type="image/svg+xml" />
      <DiscoveryHead {...discovery} />
      {meta ?? <SocialMeta type="website" title={title ?? site.settings.title} description={description} />}
    </head>
  );
}
