import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { outputFile, ROUTES, SERIES_INDEX } from "../model/routes.ts";
import type { Site } from "../model/site.ts";
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
import type { BuildEvent, CurrentSite } from "./site-data.ts";
import { writeFiles, type OutputFile } from "./write-files.ts";

/**
 * Every page there is one of and every page of a list (home, archive, tags,
 * authors, series, search, 404, and the pages left at old addresses),
 * rendered from the Site by the typed pages of templates/pages/ at the
 * addresses src/model/routes.ts gives them, and streamed to disk like the
 * post pages: as Eleventy templates, every page of every list stayed in
 * memory until the build ended, with Eleventy's bookkeeping for each.
 * `select` (the dev server) leaves out list pages whose posts did not change.
 */
export function listPages(eleventyConfig: UserConfig, options: { site: CurrentSite; select?: PageSelection | undefined }): void {
  eleventyConfig.on("eleventy.before", async (build: BuildEvent & { directories: { output: string } }) => {
    const site = await options.site.of(build);
    await writeFiles(listPageFiles(site, build.directories.output, options.select));
  });
}

function* listPageFiles(site: Site, outDir: string, select: PageSelection | undefined): Generator<OutputFile> {
  const shown = <T extends PageItem>(items: readonly T[]) => (select ? select(items, site) : items);
  const file = (url: string, content: string): OutputFile => ({ path: path.join(outDir, ...outputFile(url).split("/")), content });
  const { home, tagPages, authorPages, series } = site.collections;
  for (const page of shown(home)) yield file(page.url, homePage(site, page));
  yield file(ROUTES.archive, archivePage(site));
  yield file(ROUTES.tags, tagsPage(site));
  for (const page of shown(tagPages)) yield file(page.url, tagPage(site, page));
  yield file(ROUTES.authors, authorsPage(site));
  for (const page of shown(authorPages)) yield file(page.url, authorPage(site, page));
  // The list of series is written only on a site that has one.
  if (series.length) yield file(SERIES_INDEX, seriesIndexPage(site));
  for (const one of shown(series)) yield file(one.url, seriesPage(site, one));
  yield file(ROUTES.search, searchPage(site));
  yield file(ROUTES.notFound, notFoundPage(site));
  for (const redirect of shown(site.redirects)) yield file(redirect.from, redirectPage(site, redirect));
}
