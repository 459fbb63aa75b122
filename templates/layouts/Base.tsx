import type { ComponentChildren, VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { Site } from "../../src/model/site.ts";
import { textDirection } from "../../src/model/locale.ts";
import { Head, type HeadProps } from "../components/Head.tsx";
import { PageContext, usePage, useStrings } from "../components/PageContext.ts";
import { SiteFooter } from "../components/SiteFooter.tsx";
import { SiteHeader } from "../components/SiteHeader.tsx";

export function Base({ children, ...head }: HeadProps & { children: ComponentChildren }) {
  const { site } = usePage();
  const t = useStrings();
  const { font } = site.settings.theme;
  return (
    <html lang={site.settings.language} dir={textDirection(site.settings.language)} data-font={font === "serif" ? undefined : font}>
      <Head {...head} />
      <body>
        <a class="skip-link" href="#main">
          {t.text("skip")}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}

/** Renders a whole page for the site-relative `url` it will be served at. */
export function renderPage(site: Site, url: string, page: VNode, links: "relative" | "root" = "relative"): string {
  return `<!doctype html>\n${renderToString(<PageContext.Provider value={{ site, url, links }}>{page}</PageContext.Provider>)}\n`;
}
