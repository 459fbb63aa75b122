import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { stringsFor } from "../../src/model/strings.ts";
import { GroupIndex } from "../components/GroupIndex.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/tags/`: every tag with its number of posts. */
export function tagsPage(site: Site): string {
  const { tags } = site.collections;
  const t = stringsFor(site.settings.language);
  return renderPage(
    site,
    ROUTES.tags,
    <Base title={t.text("tags.title")} description={t.text("tags.description", { site: site.settings.title })}>
      <header class="page-header">
        <h1>{t.text("tags.title")}</h1>
      </header>
      {tags.length ? <GroupIndex groups={tags} /> : <p>{t.text("tags.empty")}</p>}
    </Base>,
  );
}
