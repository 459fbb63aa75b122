import { PAGES } from "../../src/pages.ts";
import { useHref } from "../components/PageContext.ts";
import type { PageData } from "../data.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

export const data = { permalink: PAGES.notFound };

function Ways() {
  const href = useHref();
  return (
    <ul>
      <li>
        <a href={href(PAGES.home)}>the home page</a>, with the newest posts;
      </li>
      <li>
        <a href={href(PAGES.archive)}>the archive</a>, with every post by year;
      </li>
      <li>
        <a href={href(PAGES.search)}>search</a>, to find a post by its words.
      </li>
    </ul>
  );
}

/** Served by the web server at whatever path was not found, so every link on it starts at the server's root. */
export function render({ broadsheet }: PageData): string {
  return renderPage(
    broadsheet,
    PAGES.notFound,
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
