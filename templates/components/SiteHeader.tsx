import { ROUTES } from "../../src/model/routes.ts";
import { useHref, usePage } from "./PageContext.ts";

const SECTIONS = [
  { url: ROUTES.archive, label: "Archive" },
  { url: ROUTES.tags, label: "Tags" },
  { url: ROUTES.search, label: "Search" },
] as const;

export function SiteHeader() {
  const { site, url } = usePage();
  const href = useHref();
  return (
    <header class="site-header">
      <a class="site-title" href={href(ROUTES.home)} aria-current={url === ROUTES.home ? "page" : undefined}>
        {site.settings.title}
      </a>
      <nav class="site-nav" aria-label="Site">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.url}>
              <a href={href(section.url)} aria-current={url === section.url ? "page" : undefined}>
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
