import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Site } from "../../src/model/site.ts";
import { absoluteUrl, relativeHref, rootRelativeUrl } from "../../src/model/routes.ts";
import { stringsFor, type Strings } from "../../src/model/strings.ts";

export interface PageInfo {
  readonly site: Site;
  /** Site-relative URL of the page being rendered. */
  readonly url: string;
  /**
   * `root` makes internal links start at the server's root (with the site's
   * sub-path) instead of being relative: for the 404 page, which is served at
   * whatever path was not found.
   */
  readonly links?: "relative" | "root";
}

export const PageContext = createContext<PageInfo | null>(null);

export function usePage(): PageInfo {
  const page = useContext(PageContext);
  if (!page) throw new Error("a component was rendered outside renderPage()");
  return page;
}

/** Turns a site-relative URL into a link that works from the current page, served or from disk. */
export function useHref(): (to: string) => string {
  const { url, site, links } = usePage();
  if (links === "root") return (to) => rootRelativeUrl(site.settings.url, to);
  return (to) => relativeHref(url, to);
}

/** The words of the page chrome in the site's language (src/model/strings/). */
export function useStrings(): Strings {
  return stringsFor(usePage().site.settings.language);
}

export function useAbsoluteUrl(): (to: string) => string {
  const { site } = usePage();
  return (to) => absoluteUrl(site.settings.url, to);
}
