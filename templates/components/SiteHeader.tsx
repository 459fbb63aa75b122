import { ROUTES } from "../../src/model/routes.ts";
import type { StringKey } from "../../src/model/strings.ts";
import { useHref, usePage, useStrings } from "./PageContext.ts";

const SECTIONS: readonly { url: string; label: StringKey }[] = [
  { url: ROUTES.archive, label: "nav.archive" },
  { url: ROUTES.tags, label: "nav.tags" },
  { url: ROUTES.search, label: "nav.search" },
];

export function SiteHeader() {
  const { site, url } = usePage();
  const href = useHref();
  const t = useStrings();
  const { logo } = site.settings.theme;
  return (
    <header class="site-header">
      <a class="site-title" href={href(ROUTES.home)} aria-current={url === ROUTES.home ? "page" : undefined}>
        {/* The title is the link's text; the logo beside it says nothing more. */}
        {logo && <img class="site-logo" src={href(`/${logo}`)} alt="" />}
        {site.settings.title}
      </a>
      <nav class="site-nav" aria-label={t.text("nav.label")}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.url}>
              <a href={href(section.url)} aria-current={url === section.url ? "page" : undefined}>
                {t.text(section.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
