import { usePage } from "./PageContext.ts";

export function SiteFooter() {
  const { site } = usePage();
  return (
    <footer class="site-footer">
      <p>
        {site.config.title}
        {site.config.description && <span> — {site.config.description}</span>}
      </p>
    </footer>
  );
}
