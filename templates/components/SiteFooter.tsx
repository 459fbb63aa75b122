import { usePage } from "./PageContext.ts";

export function SiteFooter() {
  const { site } = usePage();
  return (
    <footer class="site-footer">
      <p>
        {site.settings.title}
        {site.settings.description && <span> — {site.settings.description}</span>}
      </p>
    </footer>
  );
}
