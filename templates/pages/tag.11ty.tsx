import { Pagination, pageNeighbours } from "../components/Pagination.tsx";
import { PostList } from "../components/PostList.tsx";
import { UpLink } from "../components/UpLink.tsx";
import { PAGES } from "../../src/pages.ts";
import { outputPath, type TagPageData } from "../data.ts";
import { Base, renderPage } from "../layouts/Base.tsx";
import { pagesToRender } from "../../src/eleventy/changed-pages.ts";

export const data = {
  pagination: { data: "broadsheet.collections.tagPages", size: 1, alias: "listPage", before: pagesToRender },
  permalink: (data: TagPageData) => outputPath(data.listPage.url),
};

export function render({ broadsheet, listPage }: TagPageData): string {
  const { tag } = listPage;
  const count = tag.posts.length === 1 ? "1 post" : `${tag.posts.length} posts`;
  const title = listPage.number === 1 ? `Tagged “${tag.name}”` : `Tagged “${tag.name}”, page ${listPage.number}`;
  return renderPage(
    broadsheet,
    listPage.url,
    <Base title={title} description={`${count} tagged “${tag.name}” on ${broadsheet.config.title}.`} discovery={pageNeighbours(listPage)}>
      <UpLink to={PAGES.tags}>All tags</UpLink>
      <header class="page-header">
        <h1>
          Tagged “{tag.name}”{listPage.number > 1 && <span class="page-number">, page {listPage.number} of {listPage.count}</span>}
        </h1>
        <p class="lede">{count}</p>
      </header>
      <PostList posts={listPage.items} />
      <Pagination page={listPage} />
    </Base>,
  );
}
