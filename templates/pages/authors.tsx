import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { GroupIndex } from "../components/GroupIndex.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/authors/`: every author with their number of posts. */
export function authorsPage(site: Site): string {
  const { authors } = site.collections;
  return renderPage(
    site,
    ROUTES.authors,
    <Base title="Authors" description={`Who writes for ${site.settings.title}.`}>
      <header class="page-header">
        <h1>Authors</h1>
      </header>
      {authors.length ? <GroupIndex groups={authors} /> : <p>No posts yet.</p>}
    </Base>,
  );
}
