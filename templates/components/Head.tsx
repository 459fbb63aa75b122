import type { ComponentChildren } from "preact";
import { preloadedFonts } from "../../src/model/fonts.ts";
import { textDirection } from "../../src/model/locale.ts";
import { ASSETS } from "../../src/model/routes.ts";
import type { ThemeSettings } from "../../src/model/settings.ts";
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
  /** The first screen shows text in the italic of the text face (the home page's description): preload it too. */
  readonly italicFirstScreen?: boolean;
}

/**
 * What `theme` changes after the theme's stylesheet: the accent of each
 * scheme (validated colours, so the rule carries nothing a writer could
 * inject), then the site's own stylesheet, which may override anything.
 */
function ThemeOverrides({ theme }: { theme: ThemeSettings }) {
  const href = useHref();
  const { accent, stylesheet } = theme;
  return (
    <>
      {accent && <style>{`@media screen{:root{--accent:${accent.light}}}@media screen and (prefers-color-scheme:dark){:root{--accent:${accent.dark}}}`}</style>}
      {stylesheet && <link rel="stylesheet" href={href(`/${stylesheet}`)} />}
    </>
  );
}

export function Head({ title, description, discovery, meta, italicFirstScreen = false }: HeadProps) {
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
      {/* The page's faces, fetched with the stylesheet rather than after it: text paints in them first time and does not move. */}
      {preloadedFonts(site.settings.theme.font, textDirection(site.settings.language), { italic: italicFirstScreen }).map((font) => (
        <link rel="preload" href={href(font)} as="font" type="font/woff2" crossorigin="anonymous" />
      ))}
      <link rel="stylesheet" href={href(ASSETS.stylesheet)} />
      <ThemeOverrides theme={site.settings.theme} />
      {/* Without an icon, browsers ask for /favicon.ico and log a 404. */}
      {site.settings.theme.favicon ? <link rel="icon" href={href(`/${site.settings.theme.favicon}`)} /> : <link rel="icon" href={href(ASSETS.icon)} type="image/svg+xml" />}
      <DiscoveryHead {...discovery} />
      {meta ?? <SocialMeta type="website" title={title ?? site.settings.title} description={description} />}
    </head>
  );
}
