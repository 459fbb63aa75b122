import type { AuthorPage } from "../../src/model/collections.ts";
import { countOf } from "../../src/model/locale.ts";
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
  const count = countOf(author.posts.length, "post");
  return renderPage(
    site,
    listPage.url,
    <Base
      title={listPage.number === 1 ? author.name : `${author.name}, page ${listPage.number}`}
      description={author.bio ?? `${count} by ${author.name} on ${site.settings.title}.`}
      discovery={{ ...pageNeighbours(listPage), feed: { title: `${author.name} (Atom)`, url: author.feedUrl } }}
    >
      <UpLink to={ROUTES.authors}>All authors</UpLink>
      <header class="page-header">
        <h1>
          {author.name}
          {listPage.number > 1 && <span class="page-number">, page {listPage.number} of {listPage.count}</span>}
        </h1>
        {listPage.number === 1 && <AuthorProfile author={author} />}
        <p class="lede">{count}</p>
        <FeedLink url={author.feedUrl}>Subscribe to this author (Atom feed)</FeedLink>
      </header>
      <PostList posts={listPage.items} />
      <Pagination page={listPage} />
    </Base>,
  );
}
