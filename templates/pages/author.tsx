import type { AuthorPage } from "../../src/model/collections.ts";
import { stringsFor } from "../../src/model/strings.ts";
import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { AuthorProfile } from "../components/AuthorProfile.tsx";
import { FeedLink } from "../components/FeedLink.tsx";
import { Pagination, pageNeighbours } from "../components/Pagination.tsx";
import { PostList } from "../components/PostList.tsx";
import { UpLink } from "../components/UpLink.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/authors/<slug>/`, `/authors/<slug>/page/2/`, ...: an author's posts, with the bio and links from the authors file. */
export function authorPage(site: Site, listPage: AuthorPage): string {
  const { author } = listPage;
  const t = stringsFor(site.settings.language);
  const count = t.count("count.posts", author.posts.length);
  return renderPage(
    site,
    listPage.url,
    <Base
      title={listPage.number === 1 ? author.name : t.text("list.titlePage", { title: author.name, number: listPage.number })}
      description={author.bio ?? t.text("author.description", { posts: count, name: author.name, site: site.settings.title })}
      discovery={{ ...pageNeighbours(listPage), feed: { title: t.text("feed.authorTitle", { name: author.name }), url: author.feedUrl } }}
    >
      <UpLink to={ROUTES.authors}>{t.text("authors.all")}</UpLink>
      <header class="page-header">
        <h1>
          {author.name}
          {listPage.number > 1 && <span class="page-number">{t.text("list.pageOf", { number: listPage.number, count: listPage.count })}</span>}
        </h1>
        {listPage.number === 1 && <AuthorProfile author={author} />}
        <p class="lede">{count}</p>
        <FeedLink url={author.feedUrl}>{t.text("feed.subscribeAuthor")}</FeedLink>
      </header>
      <PostList posts={listPage.items} leading />
      <Pagination page={listPage} />
    </Base>,
  );
}
