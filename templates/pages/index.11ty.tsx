import { Pagination, pageNeighbours } from "../components/Pagination.tsx";
import { PostList } from "../components/PostList.tsx";
import { outputPath, type HomePageData } from "../data.ts";
import { Base, renderPage } from "../layouts/Base.tsx";
import { pagesToRender } from "../../src/eleventy/changed-pages.ts";

export const data = {
  pagination: { data: "broadsheet.collections.home", size: 1, alias: "listPage", before: pagesToRender },
  permalink: (data: HomePageData) => outputPath(data.listPage.url),
};

export function render({ broadsheet, listPage }: HomePageData): string {
  const { config } = broadsheet;
  const first = listPage.number === 1;
  return renderPage(
    broadsheet,
    listPage.url,
    <Base title={first ? undefined : `Page ${listPage.number}`} description={config.description} discovery={pageNeighbours(listPage)}>
      <header class="page-header">
        <h1>
          {config.title}
          {!first && <span class="page-number">, page {listPage.number} of {listPage.count}</span>}
        </h1>
        {first && config.description && <p class="lede">{config.description}</p>}
      </header>
      {listPage.items.length ? <PostList posts={listPage.items} /> : <p>No posts yet. Add a Markdown file to posts/ to publish the first one.</p>}
      <Pagination page={listPage} />
    </Base>,
  );
}
