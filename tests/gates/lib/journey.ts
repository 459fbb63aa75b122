import type { Locator, Page } from "playwright-core";

/** ARIA landmark roles a reader (or a screen reader's landmark list) navigates by. */
export type Landmark = "banner" | "navigation" | "main" | "contentinfo" | "complementary" | "search" | "region";

/**
 * One thing a reader does on the way to a page: follow a link by its visible
 * name (optionally inside a landmark, e.g. the navigation named "Pagination"),
 * or type a site-relative address (for pages no link leads to, like a 404).
 */
export type Step =
  | { readonly link: string | RegExp; readonly within?: Landmark; readonly withinName?: string }
  | { readonly visit: string };

/** Something a reader must see on a page: a heading, some text, or a named region (a section with a heading). */
export type Sight =
  | { readonly heading: string | RegExp; readonly level?: number }
  | { readonly text: string | RegExp }
  | { readonly region: string };

/**
 * The site-relative path of a page address: `/posts/x/` for both
 * `http://host/blog/posts/x/` and `http://host/blog/posts/x/index.html` under
 * the site URL `http://host/blog/`. Relative links name `index.html`; the
 * page types name folders.
 */
export function sitePath(siteUrl: string, pageUrl: string): string {
  const base = new URL(siteUrl).pathname;
  const { pathname } = new URL(pageUrl);
  if (!pathname.startsWith(base)) return `(outside the site) ${pathname}`;
  return `/${pathname.slice(base.length)}`.replace(/(^|\/)index\.html$/, "$1");
}

function describeStep(step: Step): string {
  if ("visit" in step) return `visit ${step.visit}`;
  const where = step.within ? ` in the ${step.withinName ? `"${step.withinName}" ` : ""}${step.within}` : "";
  return `follow the link "${String(step.link)}"${where}`;
}

/**
 * Follows `steps` from the page the tab is on, as a reader would. Returns
 * what went wrong (empty when the route works); stops at the first step that
 * cannot be taken.
 */
export async function followRoute(page: Page, siteUrl: string, steps: readonly Step[]): Promise<string[]> {
  for (const step of steps) {
    const from = sitePath(siteUrl, page.url());
    if ("visit" in step) {
      const response = await page.goto(new URL(step.visit.replace(/^\//, ""), siteUrl).href);
      if (!response) return [`${describeStep(step)}: the browser got no response`];
      continue;
    }
    const scope: Page | Locator = step.within ? page.getByRole(step.within, step.withinName ? { name: step.withinName, exact: true } : {}) : page;
    const links = scope.getByRole("link", { name: step.link, exact: true });
    const count = await links.count();
    if (count === 0) return [`on ${from}: cannot ${describeStep(step)}: there is no such link`];
    const link = links.first();
    if (!(await link.isVisible())) return [`on ${from}: cannot ${describeStep(step)}: the link is not visible`];
    await link.click();
    await page.waitForLoadState("load");
  }
  return [];
}

function sightLocator(page: Page, sight: Sight): Locator {
  if ("heading" in sight) return page.getByRole("heading", { name: sight.heading, exact: true, ...(sight.level ? { level: sight.level } : {}) });
  if ("region" in sight) return page.getByRole("region", { name: sight.region, exact: true });
  return page.getByText(sight.text);
}

function describeSight(sight: Sight): string {
  if ("heading" in sight) return `the heading${sight.level ? ` (h${sight.level})` : ""} "${String(sight.heading)}"`;
  if ("region" in sight) return `the region "${sight.region}"`;
  return `the text "${String(sight.text)}"`;
}

/** The sights that are not visible on the page, described for a failure message. */
export async function missingSights(page: Page, sights: readonly Sight[]): Promise<string[]> {
  const missing: string[] = [];
  for (const sight of sights) {
    const found = sightLocator(page, sight).first();
    if (!(await found.isVisible())) missing.push(`${describeSight(sight)} is not visible on ${page.url()}`);
  }
  return missing;
}
