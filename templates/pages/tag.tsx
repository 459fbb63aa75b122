import type { TagPage } from "../../src/model/collections.ts";
import { stringsFor } from "../../src/model/strings.ts";
import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { FeedLink } from "../components/FeedLink.tsx";
import { Pagination, pageNeighbours } from "../components/Pagination.tsx";
import { PostList } from "../components/PostList.tsx";
import { UpLink } from "../components/UpLink.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/tags/<slug>/`, `/tags/<slug>/page/2/`, ...: a tag's posts. */
export function tagPage(site: Site, listPage: TagPage): string {
  const { tag } = listPage;
  const t = stringsFor(site.settings.language);
  const count = t.count("count.posts", tag.posts.length);
  const tagged = t.text("tag.title", { tag: tag.name });
  const title = listPage.number === 1 ? tagged : t.text("list.titlePage", { title: tagged, number: listPage.number });
  return renderPage(
    site,
    listPage.url,
    <Base title={title} description={t.text("tag.description", { posts: count, tag: tag.name, site: site.settings.title })} discovery={{ ...pageNeighbours(listPage), feed: { title: t.text("feed.tagTitle", { tag: tag.name }), url: tag.feedUrl } }}>
      <UpLink to={ROUTES.tags}>{t.text("tags.all")}</UpLink>
      <header class="page-header">
        <h1>
          {tagged}
          {listPage.number > 1 && <span class="page-number">{t.text("list.pageOf", { number: listPage.number, count: listPage.count })}</span>}
        </h1>
        <p class="lede">{count}</p>
        <FeedLink url={tag.feedUrl}>{t.text("feed.subscribeTag")}</FeedLink>
      </header>
      <PostList posts={listPage.items} leading />
      <Pagination page={listPage} />
    </Base>,
  );
}
