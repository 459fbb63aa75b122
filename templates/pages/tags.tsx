import type { Tag } from "../../src/model/collections.ts";
import { countOf } from "../../src/model/locale.ts";
import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { useHref } from "../components/PageContext.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

function TagIndex({ tags }: { tags: readonly Tag[] }) {
  const href = useHref();
  return (
    <ul class="tag-index">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={href(tag.url)}>{tag.name}</a> <span class="count">({countOf(tag.posts.length, "post")})</span>
        </li>
      ))}
    </ul>
  );
}

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
      {tags.length ? <TagIndex tags={tags} /> : <p>No post has tags yet.</p>}
    </Base>,
  );
}
