import { AuthorProfile } from "../components/AuthorProfile.tsx";
import { Pagination, pageNeighbours } from "../components/Pagination.tsx";
import { PostList } from "../components/PostList.tsx";
import { UpLink } from "../components/UpLink.tsx";
import { PAGES } from "../../src/pages.ts";
import { outputPath, type AuthorPageData } from "../data.ts";
import { Base, renderPage } from "../layouts/Base.tsx";
import { pagesToRender } from "../../src/eleventy/changed-pages.ts";

export const data = {
  pagination: { data: "broadsheet.collections.authorPages", size: 1, alias: "listPage", before: pagesToRender },
  permalink: (data: AuthorPageData) => outputPath(data.listPage.url),
};

export function render({ broadsheet, listPage }: AuthorPageData): string {
  const { author } = listPage;
  const count = author.posts.length === 1 ? "1 post" : `${author.posts.length} posts`;
  return renderPage(
    broadsheet,
    listPage.url,
    <Base
      title={listPage.number === 1 ? author.name : `${author.name}, page ${listPage.number}`}
      description={author.bio ?? `${count} by ${author.name} on ${broadsheet.config.title}.`}
      discovery={pageNeighbours(listPage)}
    >
      <UpLink to={PAGES.authors}>All authors</UpLink>
      <header class="page-header">
        <h1>
          {author.name}
          {listPage.number > 1 && <span class="page-number">, page {listPage.number} of {listPage.count}</span>}
        </h1>
        {listPage.number === 1 && <AuthorProfile author={author} />}
        <p class="lede">{count}</p>
      </header>
      <PostList posts={listPage.items} />
      <Pagination page={listPage} />
    </Base>,
  );
}
