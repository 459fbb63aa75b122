import type { HomePage } from "../../src/model/collections.ts";
import type { Site } from "../../src/model/site.ts";
import { stringsFor } from "../../src/model/strings.ts";
import { Pagination, pageNeighbours } from "../components/Pagination.tsx";
import { PostList } from "../components/PostList.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/**
 * `/`, `/page/2/`, ...: the newest posts, a page at a time; on page 1 the
 * pinned posts first. The site's title is shown once, in the header; the
 * page's h1 repeats it only for screen readers and outlines, and later
 * pages say which page they are.
 */
export function homePage(site: Site, listPage: HomePage): string {
  const { settings } = site;
  const t = stringsFor(settings.language);
  const first = listPage.number === 1;
  const lede = first && Boolean(settings.description);
  return renderPage(
    site,
    listPage.url,
    <Base
      title={first ? undefined : t.text("list.page", { number: listPage.number })}
      description={settings.description}
      discovery={pageNeighbours(listPage)}
      italicFirstScreen={lede}
    >
      <header class="page-header">
        {first ? (
          <>
            <h1 class="visually-hidden">{settings.title}</h1>
            {lede && <p class="lede home-lede">{settings.description}</p>}
          </>
        ) : (
          <h1>
            {settings.title}
            <span class="page-number">{t.text("list.pageOf", { number: listPage.number, count: listPage.count })}</span>
          </h1>
        )}
      </header>
      {listPage.pinned.length > 0 && <PostList posts={listPage.pinned} pinned leading />}
      {listPage.items.length || listPage.pinned.length ? <PostList posts={listPage.items} leading={listPage.pinned.length === 0} /> : <p>{t.text("home.empty")}</p>}
      <Pagination page={listPage} />
    </Base>,
  );
}
