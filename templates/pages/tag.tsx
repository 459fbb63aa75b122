import type { TagPage } from "../../src/model/collections.ts";
import { countOf } from "../../src/model/locale.ts";
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
  const count = countOf(tag.posts.length, "post");
  const title = listPage.number === 1 ? `Tagged “${tag.name}”` : `Tagged “${tag.name}”, page ${listPage.number}`;
  return renderPage(
    site,
    listPage.url,
    <Base title={title} description={`${count} tagged “${tag.name}” on ${site.settings.title}.`} discovery={{ ...pageNeighbours(listPage), feed: { title: `Tagged “${tag.name}” (Atom)`, url: tag.feedUrl } }}>
      <UpLink to={ROUTES.tags}>All tags</UpLink>
      <header class="page-header">
        <h1>
          Tagged “{tag.name}”{listPage.number > 1 && <span class="page-number">, page {listPage.number} of {listPage.count}</span>}
        </h1>
        <p class="lede">{count}</p>
        <FeedLink url={tag.feedUrl}>Subscribe to this tag (Atom feed)</FeedLink>
      </header>
      <PostList posts={listPage.items} />
      <Pagination page={listPage} />
    </Base>,
  );
}
