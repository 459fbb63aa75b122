import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { stringsFor } from "../../src/model/strings.ts";
import { GroupIndex } from "../components/GroupIndex.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/authors/`: every author with their number of posts. */
export function authorsPage(site: Site): string {
  const { authors } = site.collections;
  const t = stringsFor(site.settings.language);
  return renderPage(
    site,
    ROUTES.authors,
    <Base title={t.text("authors.title")} description={t.text("authors.description", { site: site.settings.title })}>
      <header class="page-header">
        <h1>{t.text("authors.title")}</h1>
      </header>
      {authors.length ? <GroupIndex groups={authors} /> : <p>{t.text("authors.empty")}</p>}
    </Base>,
  );
}
