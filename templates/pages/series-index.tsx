import { SERIES_INDEX } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { stringsFor } from "../../src/model/strings.ts";
import { GroupIndex } from "../components/GroupIndex.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/series/`: every series with its number of posts; written only on a site that has one. */
export function seriesIndexPage(site: Site): string {
  const t = stringsFor(site.settings.language);
  return renderPage(
    site,
    SERIES_INDEX,
    <Base title={t.text("seriesIndex.title")} description={t.text("seriesIndex.description", { site: site.settings.title })}>
      <header class="page-header">
        <h1>{t.text("seriesIndex.title")}</h1>
      </header>
      <GroupIndex groups={site.collections.series} />
    </Base>,
  );
}
