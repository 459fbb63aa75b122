import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { stringsFor } from "../../src/model/strings.ts";
import { useHref, useStrings } from "../components/PageContext.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

const WAYS = [
  { url: ROUTES.home, text: "notFound.home", link: "notFound.homeLink" },
  { url: ROUTES.archive, text: "notFound.archive", link: "notFound.archiveLink" },
  { url: ROUTES.search, text: "notFound.search", link: "notFound.searchLink" },
] as const;

function Ways() {
  const href = useHref();
  const t = useStrings();
  return (
    <ul>
      {WAYS.map((way) => (
        <li key={way.url}>{t.parts(way.text, { link: <a href={href(way.url)}>{t.text(way.link)}</a> })}</li>
      ))}
    </ul>
  );
}

/** `/404.html`: served by the web server at whatever path was not found, so every link on it starts at the server's root. */
export function notFoundPage(site: Site): string {
  const t = stringsFor(site.settings.language);
  return renderPage(
    site,
    ROUTES.notFound,
    <Base title={t.text("notFound.title")} description={t.text("notFound.description")} discovery={{ noindex: true }}>
      <header class="page-header">
        <h1>{t.text("notFound.title")}</h1>
        <p class="lede">{t.text("notFound.lede")}</p>
      </header>
      <p>{t.text("notFound.try")}</p>
      <Ways />
    </Base>,
    "root",
  );
}
