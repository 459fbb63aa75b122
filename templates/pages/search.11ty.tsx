import { PAGES } from "../../src/pages.ts";
import { useHref } from "../components/PageContext.ts";
import { outputPath, type PageData } from "../data.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

export const data = { permalink: outputPath(PAGES.search) };

function SearchBox() {
  const href = useHref();
  const browse = (
    <>
      browse <a href={href(PAGES.archive)}>the archive</a>, where every post is listed by year, or <a href={href(PAGES.tags)}>the tags</a>
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
      <script src={href(`${PAGES.pagefind}pagefind-ui.js`)} defer></script>
      <script src={href("/assets/search.js")} defer></script>
    </>
  );
}

export function render({ broadsheet }: PageData): string {
  return renderPage(
    broadsheet,
    PAGES.search,
    <Base title="Search" description={`Search every post on ${broadsheet.config.title}.`} discovery={{ stylesheets: [`${PAGES.pagefind}pagefind-ui.css`] }}>
      <header class="page-header">
        <h1>Search</h1>
      </header>
      <SearchBox />
    </Base>,
  );
}
