import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { GroupIndex } from "../components/GroupIndex.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/tags/`: every tag with its number of posts. */
export function tagsPage(site: Site): string {
  const { tags } = site.collections;
  return renderPage(
    site,
    ROUTES.tags,
    <Base title="Tags" description={`Every topic on ${site.settings.title}, with its number of posts.`}>
      <header class="page-header">
        <h1>Tags</h1>
      </header>
      {tags.length ? <GroupIndex groups={tags} /> : <p>No post has tags yet.</p>}
    </Base>,
  );
}
