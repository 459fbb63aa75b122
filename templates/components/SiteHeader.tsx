import { ROUTES } from "../../src/model/routes.ts";
import type { NavLink } from "../../src/model/site.ts";
import { useHref, usePage, useStrings } from "./PageContext.ts";

/**
 * How a header link relates to the page shown: `page` when it is the page,
 * `true` when the page is in its section (a tag's page under /tags/, a
 * page under /docs/), nothing otherwise.
 */
function current(link: NavLink, url: string): "page" | "true" | undefined {
  if (link.external) return undefined;
  const target = link.url.replace(/#.*$/, "");
  if (target === url || `${target}/` === url) return "page";
  return target.endsWith("/") && target !== ROUTES.home && url.startsWith(target) ? "true" : undefined;
}

/** The site's title and its links: the `nav` setting, else the archive, tags, search and the pages with `menu: true`. */
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
          {site.nav.map((link) => (
            <li key={link.url}>
              <a href={link.external ? link.url : href(link.url)} aria-current={current(link, url)}>
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
