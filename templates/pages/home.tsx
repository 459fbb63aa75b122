import type { HomePage } from "../../src/model/collections.ts";
import type { Site } from "../../src/model/site.ts";
import { Pagination, pageNeighbours } from "../components/Pagination.tsx";
import { PostList } from "../components/PostList.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/`, `/page/2/`, ...: the newest posts, a page at a time; on page 1 the pinned posts first. */
export function homePage(site: Site, listPage: HomePage): string {
  const { settings } = site;
  const first = listPage.number === 1;
  return renderPage(
    site,
    listPage.url,
    <Base title={first ? undefined : `Page ${listPage.number}`} description={settings.description} discovery={pageNeighbours(listPage)}>
      <header class="page-header">
        <h1>
          {settings.title}
          {!first && <span class="page-number">, page {listPage.number} of {listPage.count}</span>}
        </h1>
        {first && settings.description && <p class="lede">{settings.description}</p>}
      </header>
      {listPage.pinned.length > 0 && <PostList posts={listPage.pinned} pinned />}
      {listPage.items.length || listPage.pinned.length ? <PostList posts={listPage.items} /> : <p>No posts yet. Add a Markdown file to posts/ to publish the first one.</p>}
      <Pagination page={listPage} />
    </Base>,
  );
}
