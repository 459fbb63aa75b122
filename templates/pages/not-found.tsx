import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { useHref } from "../components/PageContext.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

function Ways() {
  const href = useHref();
  return (
    <ul>
      <li>
        <a href={href(ROUTES.home)}>the home page</a>, with the newest posts;
      </li>
      <li>
        <a href={href(ROUTES.archive)}>the archive</a>, with every post by year;
      </li>
      <li>
        <a href={href(ROUTES.search)}>search</a>, to find a post by its words.
      </li>
    </ul>
  );
}

/** `/404.html`: served by the web server at whatever path was not found, so every link on it starts at the server's root. */
export function notFoundPage(site: Site): string {
  return renderPage(
    site,
    ROUTES.notFound,
    <Base title="Page not found" description="There is no page at this address." discovery={{ noindex: true }}>
      <header class="page-header">
        <h1>Page not found</h1>
        <p class="lede">There is no page at this address. It may have moved, or the link may be mistyped.</p>
      </header>
      <p>Try one of these instead:</p>
      <Ways />
    </Base>,
    "root",
  );
}
