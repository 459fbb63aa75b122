import { PAGES } from "../../src/pages.ts";
import { useHref } from "../components/PageContext.ts";
import { outputPath, type PageData } from "../data.ts";
import { Base, renderPage } from "../layouts/Base.tsx";
import type { Tag } from "../../src/collections/tags.ts";

export const data = { permalink: outputPath(PAGES.tags) };

function TagIndex({ tags }: { tags: readonly Tag[] }) {
  const href = useHref();
  return (
    <ul class="tag-index">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={href(tag.url)}>{tag.name}</a> <span class="count">({tag.posts.length === 1 ? "1 post" : `${tag.posts.length} posts`})</span>
        </li>
      ))}
    </ul>
  );
}

export function render({ broadsheet }: PageData): string {
  const { tags } = broadsheet.collections;
  return renderPage(
    broadsheet,
    PAGES.tags,
    <Base title="Tags" description={`Every topic on ${broadsheet.config.title}, with its number of posts.`}>
      <header class="page-header">
        <h1>Tags</h1>
      </header>
      {tags.length ? <TagIndex tags={tags} /> : <p>No post has tags yet.</p>}
    </Base>,
  );
}
