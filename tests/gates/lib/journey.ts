import type { Locator, Page } from "playwright-core";

/** ARIA landmark roles a reader (or a screen reader's landmark list) navigates by. */
export type Landmark = "banner" | "navigation" | "main" | "contentinfo" | "complementary" | "search" | "region";

/**
 * One thing a reader does on the way to a page or on it: follow a link by its
 * visible name (optionally inside a landmark, e.g. the navigation named
 * "Pagination"), type a site-relative address (for pages no link leads to,
 * like a 404, or an old address that redirects), or type text into the text
 * box of that accessible name (a search).
 */
export type Step =
  | { readonly link: string | RegExp; readonly within?: Landmark; readonly withinName?: string }
  | { readonly visit: string }
  | { readonly type: string; readonly into: string };

/**
 * Something a reader can see on a page: a heading, some text, a named region
 * (a section with a heading), a named navigation, an image by its text
 * alternative, a button.
 */
export type VisibleSight =
  | { readonly heading: string | RegExp; readonly level?: number }
  | { readonly text: string | RegExp }
  | { readonly region: string }
  | { readonly navigation: string }
  | { readonly image: string }
  | { readonly button: string };

/** Something a reader must see on a page, or must not (`absent`: the comments section of a post with comments off). */
export type Sight = VisibleSight | { readonly absent: VisibleSight };

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
  if ("type" in step) return `type "${step.type}" into the text box "${step.into}"`;
  const where = step.within ? ` in the ${step.withinName ? `"${step.withinName}" ` : ""}${step.within}` : "";
  return `follow the link "${String(step.link)}"${where}`;
}

/**
 * Follows `steps` from the page the tab is on, as a reader would. Returns
 * what went wrong (empty when the route works); stops at the first step that
 * cannot be taken. A text box to type into is waited for up to `textBoxWaitMs`.
 */
export async function followRoute(page: Page, siteUrl: string, steps: readonly Step[], { textBoxWaitMs = 5_000 }: { textBoxWaitMs?: number } = {}): Promise<string[]> {
  for (const step of steps) {
    const from = sitePath(siteUrl, page.url());
    if ("visit" in step) {
      const response = await page.goto(new URL(step.visit.replace(/^\//, ""), siteUrl).href);
      if (!response) return [`${describeStep(step)}: the browser got no response`];
      continue;
    }
    if ("type" in step) {
      // A text box made by a script (the search page's) may appear a moment after the page loads.
      const box = page.getByRole("textbox", { name: step.into, exact: true }).or(page.getByRole("searchbox", { name: step.into, exact: true }));
      try {
        await box.first().fill(step.type, { timeout: textBoxWaitMs });
      } catch {
        return [`on ${from}: cannot ${describeStep(step)}: there is no such text box`];
      }
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

function sightLocator(page: Page, sight: VisibleSight): Locator {
  if ("heading" in sight) return page.getByRole("heading", { name: sight.heading, exact: true, ...(sight.level ? { level: sight.level } : {}) });
  if ("region" in sight) return page.getByRole("region", { name: sight.region, exact: true });
  if ("navigation" in sight) return page.getByRole("navigation", { name: sight.navigation, exact: true });
  if ("image" in sight) return page.getByRole("img", { name: sight.image, exact: true });
  if ("button" in sight) return page.getByRole("button", { name: sight.button, exact: true });
  return page.getByText(sight.text);
}

function describeSight(sight: VisibleSight): string {
  if ("heading" in sight) return `the heading${sight.level ? ` (h${sight.level})` : ""} "${String(sight.heading)}"`;
  if ("region" in sight) return `the region "${sight.region}"`;
  if ("navigation" in sight) return `the navigation "${sight.navigation}"`;
  if ("image" in sight) return `the image "${sight.image}"`;
  if ("button" in sight) return `the button "${sight.button}"`;
  return `the text "${String(sight.text)}"`;
}

/**
 * The sights that are not as they must be on the page, described for a
 * failure message. `waitMs` gives what a script shows (search results) that
 * long to appear; absent sights are checked after the others, on the page as
 * it then is.
 */
export async function missingSights(page: Page, sights: readonly Sight[], { waitMs = 0 }: { waitMs?: number } = {}): Promise<string[]> {
  const missing: string[] = [];
  for (const sight of sights) {
    if ("absent" in sight) continue;
    const found = sightLocator(page, sight).first();
    const visible = waitMs ? await found.waitFor({ state: "visible", timeout: waitMs }).then(() => true, () => false) : await found.isVisible();
    if (!visible) missing.push(`${describeSight(sight)} is not visible on ${page.url()}`);
  }
  for (const sight of sights) {
    if (!("absent" in sight)) continue;
    if (await sightLocator(page, sight.absent).first().isVisible()) missing.push(`${describeSight(sight.absent)} is visible on ${page.url()}, and must not be`);
  }
  return missing;
}
