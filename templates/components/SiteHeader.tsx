import { PAGES } from "../../src/pages.ts";
import { useHref, usePage } from "./PageContext.ts";

const SECTIONS = [
  { url: PAGES.archive, label: "Archive" },
  { url: PAGES.tags, label: "Tags" },
  { url: PAGES.search, label: "Search" },
] as const;

export function SiteHeader() {
  const { site, url } = usePage();
  const href = useHref();
  return (
    <header class="site-header">
      <a class="site-title" href={href("/")} aria-current={url === "/" ? "page" : undefined}>
        {site.config.title}
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
