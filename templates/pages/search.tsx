import { ASSETS, ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { useHref } from "../components/PageContext.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

function SearchBox() {
  const href = useHref();
  const browse = (
    <>
      browse <a href={href(ROUTES.archive)}>the archive</a>, where every post is listed by year, or <a href={href(ROUTES.tags)}>the tags</a>
    </>
  );
  return (
    <>
      <div id="search" class="search"></div>
      <noscript>
        <p class="search-fallback">Search runs in your browser and needs JavaScript. Without it, {browse}.</p>
      </noscript>
      {/* Shown by search.js when the index cannot load: opened from disk, or in the dev server, which builds no index. */}
      <p class="search-unavailable" hidden>
        Search is not available here: the search index is built by <code>npm run build</code> and works when the site is served over HTTP. Meanwhile, {browse}.
      </p>
      <script src={href(ASSETS.pagefindScript)} defer></script>
      <script src={href(ASSETS.searchScript)} defer></script>
    </>
  );
}

/** `/search/`: Pagefind's search box over every post. */
export function searchPage(site: Site): string {
  return renderPage(
    site,
    ROUTES.search,
    <Base title="Search" description={`Search every post on ${site.settings.title}.`} discovery={{ stylesheets: [ASSETS.pagefindStylesheet] }}>
      <header class="page-header">
        <h1>Search</h1>
      </header>
      <SearchBox />
    </Base>,
  );
}
