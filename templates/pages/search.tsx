import { ASSETS, ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { stringsFor } from "../../src/model/strings.ts";
import { useHref, useStrings } from "../components/PageContext.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

function SearchBox() {
  const href = useHref();
  const t = useStrings();
  const browse = (
    <>
      {t.parts("search.browse", {
        archive: <a href={href(ROUTES.archive)}>{t.text("search.archive")}</a>,
        tags: <a href={href(ROUTES.tags)}>{t.text("search.tags")}</a>,
      })}
    </>
  );
  return (
    <>
      {/* search.js names Pagefind's box with data-label: the script is one file for every language. */}
      <div id="search" class="search" data-label={t.text("search.label")}></div>
      <noscript>
        <p class="search-fallback">{t.parts("search.noscript", { browse })}</p>
      </noscript>
      {/* Shown by search.js when the index cannot load: opened from disk, or in the dev server, which builds no index. */}
      <p class="search-unavailable" hidden>
        {t.parts("search.unavailable", { command: <code>npm run build</code>, browse })}
      </p>
      <script src={href(ASSETS.pagefindScript)} defer></script>
      <script src={href(ASSETS.searchScript)} defer></script>
    </>
  );
}

/** `/search/`: Pagefind's search box over every post. */
export function searchPage(site: Site): string {
  const t = stringsFor(site.settings.language);
  return renderPage(
    site,
    ROUTES.search,
    <Base title={t.text("search.title")} description={t.text("search.description", { site: site.settings.title })} discovery={{ stylesheets: [ASSETS.pagefindStylesheet] }}>
      <header class="page-header">
        <h1>{t.text("search.title")}</h1>
      </header>
      <SearchBox />
    </Base>,
  );
}
