import type UserConfig from "@11ty/eleventy/UserConfig";
import type { AuthorPage, HomePage, Series, TagPage } from "../model/collections.ts";
import { outputFile, ROUTES, SERIES_INDEX } from "../model/routes.ts";
import type { Redirect, Site } from "../model/site.ts";
import { archivePage } from "../../templates/pages/archive.tsx";
import { authorPage } from "../../templates/pages/author.tsx";
import { authorsPage } from "../../templates/pages/authors.tsx";
import { homePage } from "../../templates/pages/home.tsx";
import { notFoundPage } from "../../templates/pages/not-found.tsx";
import { redirectPage } from "../../templates/pages/redirect.tsx";
import { searchPage } from "../../templates/pages/search.tsx";
import { seriesIndexPage } from "../../templates/pages/series-index.tsx";
import { seriesPage } from "../../templates/pages/series.tsx";
import { tagPage } from "../../templates/pages/tag.tsx";
import { tagsPage } from "../../templates/pages/tags.tsx";
import type { PageItem, PageSelection } from "./post-pages.ts";

/** What Eleventy hands a page: the Site (global data) and, on a paginated page, its item. */
interface PageData<T> {
  readonly broadsheet: Site;
  readonly item: T;
}

/**
 * Every page there is one of, and every paginated list, as Eleventy
 * templates of our own (virtual templates: no file in the input folder):
 * each is a typed page of templates/pages/, rendered from the Site at the
 * address src/model/routes.ts gives it. `select` (the dev server) leaves
 * out list pages whose posts did not change.
 */
export function listPages(eleventyConfig: UserConfig, options: { select?: PageSelection | undefined } = {}): void {
  const single = (name: string, url: string, render: (site: Site) => string) =>
    eleventyConfig.addTemplate(`${name}.11ty.js`, { data: { permalink: outputFile(url) }, render: (data: PageData<never>) => render(data.broadsheet) });
  const paginated = <T extends PageItem>(name: string, items: string, url: (item: T) => string, render: (site: Site, item: T) => string) =>
    eleventyConfig.addTemplate(`${name}.11ty.js`, {
      data: {
        pagination: { data: `broadsheet.${items}`, size: 1, alias: "item", ...(options.select ? { before: selected(options.select) } : {}) },
        permalink: (data: PageData<T>) => outputFile(url(data.item)),
      },
      render: (data: PageData<T>) => render(data.broadsheet, data.item),
    });

  paginated<HomePage>("home", "collections.home", (page) => page.url, homePage);
  single("archive", ROUTES.archive, archivePage);
  single("tags", ROUTES.tags, tagsPage);
  paginated<TagPage>("tag", "collections.tagPages", (page) => page.url, tagPage);
  single("authors", ROUTES.authors, authorsPage);
  paginated<AuthorPage>("author", "collections.authorPages", (page) => page.url, authorPage);
  // The list of series is written only on a site that has one.
  eleventyConfig.addTemplate("series-index.11ty.js", {
    data: { permalink: (data: PageData<never>) => (data.broadsheet.collections.series.length ? outputFile(SERIES_INDEX) : false) },
    render: (data: PageData<never>) => (data.broadsheet.collections.series.length ? seriesIndexPage(data.broadsheet) : ""),
  });
  paginated<Series>("series", "collections.series", (series) => series.url, seriesPage);
  single("search", ROUTES.search, searchPage);
  single("not-found", ROUTES.notFound, notFoundPage);
  paginated<Redirect>("redirect", "redirects", (redirect) => redirect.from, redirectPage);
}

/** Eleventy's `pagination.before`, which is handed the items and the page's data. */
function selected(select: PageSelection) {
  return <T extends PageItem>(items: readonly T[], data: { readonly broadsheet: Site }) => select(items, data.broadsheet);
}
