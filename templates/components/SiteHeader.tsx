import { useHref, usePage } from "./PageContext.ts";

export function SiteHeader() {
  const { site, url } = usePage();
  const href = useHref();
  return (
    <header class="site-header">
      <a class="site-title" href={href("/")} aria-current={url === "/" ? "page" : undefined}>
        {site.config.title}
      </a>
    </header>
  );
}
