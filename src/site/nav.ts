import { readFile } from "node:fs/promises";
import path from "node:path";
import { SETTINGS_FILE } from "../content/settings.ts";
import type { Page } from "../model/page.ts";
import type { Problem } from "../model/problem.ts";
import { outputFile, ROUTES } from "../model/routes.ts";
import type { Settings } from "../model/settings.ts";
import type { NavLink } from "../model/site.ts";
import { stringsFor } from "../model/strings.ts";

/** The header's entries of a site without `nav`: the list pages every site has, named in the site's language. */
export function defaultNav(language: string): readonly NavLink[] {
  const t = stringsFor(language);
  return [
    { title: t.text("nav.archive"), url: ROUTES.archive, external: false },
    { title: t.text("nav.tags"), url: ROUTES.tags, external: false },
    { title: t.text("nav.search"), url: ROUTES.search, external: false },
  ];
}

/** Pages with `menu: true`, smallest `order` first; pages without one after them, by title, then by address. */
export function menuPages(pages: readonly Page[]): Page[] {
  return pages
    .filter((page) => page.menu)
    .sort(
      (a, b) =>
        (a.order ?? Infinity) - (b.order ?? Infinity) ||
        (a.order === undefined && b.order === undefined ? a.title.localeCompare(b.title, "en") : 0) ||
        (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
    );
}

export interface NavInput {
  readonly root: string;
  readonly settings: Settings;
  /** The pages shown. */
  readonly pages: readonly Page[];
  /** Every file the build writes (src/site/routes.ts), by its path in the output folder. */
  readonly routes: ReadonlyMap<string, string>;
}

/**
 * The header's links: the `nav` setting as written, each address on this
 * site checked against the route table (a link to a page the site does not
 * have is a problem naming the setting and its line), or, without `nav`,
 * the archive, the tags, search and the pages with `menu: true`.
 */
export async function siteNav({ root, settings, pages, routes }: NavInput): Promise<{ nav: readonly NavLink[]; problems: Problem[] }> {
  if (settings.nav === undefined) {
    return { nav: [...defaultNav(settings.language), ...menuPages(pages).map((page) => ({ title: page.title, url: page.url, external: false }))], problems: [] };
  }
  const source = await readFile(path.join(root, SETTINGS_FILE), "utf8").catch(() => "");
  const problems: Problem[] = [];
  const nav = settings.nav.map((entry, i): NavLink => {
    const external = !entry.url.startsWith("/");
    if (!external && !hasAddress(entry.url, routes)) {
      problems.push({
        file: SETTINGS_FILE,
        ...lineOf(source, entry.url),
        field: `nav.${i}.url`,
        message: `"${entry.url}" is no page of this site; expected the address of a page, a list page, a tag or a file it publishes, such as "${ROUTES.archive}"${pages[0] ? ` or "${pages[0].url}"` : ""}`,
      });
    }
    return { title: entry.title, url: entry.url, external };
  });
  return { nav, problems };
}

/** Whether the site writes the page or file at the site-relative `url` (`/about` finds `/about/`). */
function hasAddress(url: string, routes: ReadonlyMap<string, string>): boolean {
  const bare = url.replace(/#.*$/, "");
  let decoded: string;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    return false;
  }
  return routes.has(outputFile(decoded)) || routes.has(outputFile(`${decoded}/`));
}

/** The line and column where the settings file writes `url` as a string, when it does. */
function lineOf(source: string, url: string): { line?: number; column?: number } {
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    for (const quote of ['"', "'", "`"]) {
      const at = lines[i]!.indexOf(`${quote}${url}${quote}`);
      if (at !== -1) return { line: i + 1, column: at + 1 };
    }
  }
  return {};
}
