import { SERIES_INDEX } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { GroupIndex } from "../components/GroupIndex.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/series/`: every series with its number of posts; written only on a site that has one. */
export function seriesIndexPage(site: Site): string {
  return renderPage(
    site,
    SERIES_INDEX,
    <Base title="Series" description={`Every series of posts on ${site.settings.title}, to read in order.`}>
      <header class="page-header">
        <h1>Series</h1>
      </header>
      <GroupIndex groups={site.collections.series} />
    </Base>,
  );
}
