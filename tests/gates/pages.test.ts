import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadSettings } from "../../src/content/settings.ts";
import { launchBrowser, serveDirectory, type StaticServer } from "../helpers/browser.ts";
import { axeViolations, COLOR_SCHEMES, describeViolation, type ColorScheme } from "./lib/accessibility.ts";
import { htmlFiles } from "./lib/html-validator.ts";
import { followRoute, missingSights, sitePath } from "./lib/journey.ts";
import { layoutProblems, measureLayout, VIEWPORTS, type Viewport } from "./lib/layout.ts";
import { recordTraffic, type TrafficOptions, type TrafficRecorder } from "./lib/traffic.ts";
import { PAGE_TYPES, SCREENSHOT_DIR, screenshotPath, type PageType } from "./page-types.ts";
import { SITE_NAMES, type SiteName } from "../helpers/fixture-sites.ts";

const sites = inject("sites");
let browser: BrowserContext;
const servers = new Map<SiteName, StaticServer>();

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const name of SITE_NAMES) {
    const config = await loadSettings(sites[name].root);
    servers.set(name, await serveDirectory(sites[name].outDir, new URL(config.url).pathname));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
});

function serverOf(site: SiteName): StaticServer {
  const server = servers.get(site);
  if (!server) throw new Error(`the ${site} site is not served`);
  return server;
}

/** A new tab on `path` of `site`, watched from its first request. */
async function open(
  site: SiteName,
  sitePathToOpen: string,
  { viewport, scheme = "light", options = {} }: { viewport?: Viewport; scheme?: ColorScheme; options?: TrafficOptions } = {},
): Promise<{ page: Page; traffic: TrafficRecorder }> {
  const server = serverOf(site);
  const page = await browser.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: scheme });
  const traffic = await recordTraffic(page, server.url, options);
  await page.goto(new URL(sitePathToOpen.replace(/^\//, ""), server.url).href, { waitUntil: "load" });
  return { page, traffic };
}

describe("the page type list", () => {
  it.each(SITE_NAMES)("covers every page the %s site has", async (site) => {
    const unlisted = (await htmlFiles(sites[site].outDir)).filter((file) => !PAGE_TYPES.some((type) => type.files.test(file)));
    expect(unlisted, "pages of no listed page type: add them to tests/gates/page-types.ts").toEqual([]);
  });

  it("names each page type once, so no screenshot overwrites another", () => {
    const names = PAGE_TYPES.map((type) => type.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it.each(PAGE_TYPES.map((type) => [type.name, type] as const))("names a %s page that exists and is of its type", (_, type) => {
    const file = type.path.endsWith("/") ? `${type.path.slice(1)}index.html` : type.path.slice(1);
    for (const site of type.sites) expect(existsSync(path.join(sites[site].outDir, file)), `${file} in the ${site} site`).toBe(true);
    expect(type.files.test(file)).toBe(true);
  });
});

// Every link is relative, so the site works opened from disk as well as served.
describe("the sample site, opened straight from disk", () => {
  it("leads from the home page to the seed post, stylesheet included", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(path.join(sites.sample.outDir, "index.html")).href);
      await page.getByRole("link", { name: "Deteriorating Security Situation in Iraq" }).click();
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Deteriorating Security Situation in Iraq");
      // The stylesheet limits the measure of main; without it main is as wide as the window.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector("main")!).maxWidth)).not.toBe("none");
    } finally {
      await page.close();
    }
  });
});

/** Long enough for what a script shows (search results) to appear; what the page itself holds is there at once. */
const SIGHT_WAIT_MS = 10_000;

/** The address a reader types to get to a page of this type, if the route ends by typing one (the 404 page, an old address). */
function typedAddress(type: PageType): string | undefined {
  const last = type.reach.at(-1);
  return last && "visit" in last ? last.visit : undefined;
}

/** Where the browser must be once the route is followed: where a redirect page sends it, else the page itself. */
function arrival(type: PageType): string {
  return type.lands ?? typedAddress(type) ?? type.path;
}

/** The HTTP error a route to this page ends with on purpose (the not-found page's 404), so the offline gate expects it. */
function expectedErrorsOf(type: PageType, serverUrl: string): TrafficOptions["expectedErrors"] {
  const typed = typedAddress(type);
  return typed && type.status && type.status >= 400 ? [{ url: new URL(typed.replace(/^\//, ""), serverUrl).href, status: type.status }] : [];
}

/** Waits until a redirect page has sent the browser on; fails with where it stayed. */
async function waitForLanding(page: Page, serverUrl: string, type: PageType): Promise<void> {
  if (!type.lands) return;
  const target = new URL(type.lands.replace(/^\//, ""), serverUrl).href;
  await page.waitForURL((url) => url.href === target || url.href === `${target}index.html`, { timeout: 10_000 }).catch(() => undefined);
}

/**
 * Scrolls through the page a screen at a time and back to the top, and waits
 * for every image: images that load lazily are requested (and so watched by
 * the offline gate) and laid out before anything is measured.
 */
async function loadLazyImages(page: Page): Promise<void> {
  // A lazy image not yet requested is not complete: with every image complete (the second scheme, most pages) there is nothing to scroll to.
  if (await page.evaluate(() => [...document.images].every((image) => image.complete))) return;
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise(requestAnimationFrame);
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => [...document.images].every((image) => image.complete), undefined, { timeout: 10_000 });
}

/*
 * The route and view tests below run three at a time, each in its own tab:
 * on two cores, one tab's script runs while another waits for the browser to
 * lay out, draw or answer. More tabs than that only take turns. Three tests
 * sharing the machine each get three times a test's minute: on a busy
 * machine one view in one scheme took up to 57 s alone, and a view test now
 * checks both schemes.
 */
vi.setConfig({ maxConcurrency: 3, testTimeout: 180_000 });
afterAll(() => vi.resetConfig());

describe.concurrent("every page type", () => {
  for (const type of PAGE_TYPES) {
    it.for(type.sites)(`the ${type.name} page is reached from the home page as a reader would, shows what it must, and Back retraces the route home (%s site)`, async (site, { expect }) => {
      const { url } = serverOf(site);
      const { page, traffic } = await open(site, "/", { options: { expectedErrors: expectedErrorsOf(type, url) } });
      try {
        expect(await followRoute(page, url, type.reach)).toEqual([]);
        await waitForLanding(page, url, type);
        expect(sitePath(url, page.url())).toBe(arrival(type));
        expect(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStatus)).toBe(type.status ?? 200);
        expect(await followRoute(page, url, type.does ?? [])).toEqual([]);
        expect(await missingSights(page, type.sees, { waitMs: SIGHT_WAIT_MS })).toEqual([]);
        // One Back per page the route went through; a redirect page must not be one of them, or Back would send the reader forward again.
        const pagesVisited = type.reach.filter((step) => !("type" in step)).length;
        for (let back = 0; back < pagesVisited; back++) await page.goBack({ waitUntil: "load" });
        expect(sitePath(url, page.url()), "where Back leads").toBe("/");
        expect(traffic.problems()).toEqual([]);
      } finally {
        await page.close();
      }
    });

    /*
     * One tab per size, checked in the light and then the dark color scheme:
     * switching the scheme in a loaded page is what a reader's system does at
     * dusk, and the stylesheet follows it at once (embeds.js reads the
     * scheme only when comments are loaded). The tab is watched throughout,
     * so the offline gate covers both schemes.
     */
    it.for(VIEWPORTS.map((viewport) => [`${viewport.width}x${viewport.height}`, viewport] as const))(
      `the ${type.name} page at %s, light and dark: fits the screen, reads well, has no axe violations and stays on this machine`,
      async ([, viewport], { expect }) => {
        const site = type.sites[0];
        const { url } = serverOf(site);
        const { page, traffic } = await open(site, typedAddress(type) ?? type.path, { viewport, scheme: COLOR_SCHEMES[0], options: { expectedErrors: expectedErrorsOf(type, url) } });
        try {
          await waitForLanding(page, url, type);
          expect(sitePath(url, page.url()), "where the browser is").toBe(arrival(type));
          expect(await followRoute(page, url, type.does ?? [])).toEqual([]);
          for (const scheme of COLOR_SCHEMES) {
            await page.emulateMedia({ colorScheme: scheme });
            // The page is checked as the reader sees it: with what must be there showing (search results too).
            expect.soft(await missingSights(page, type.sees, { waitMs: SIGHT_WAIT_MS }), `${scheme}: what the reader must see`).toEqual([]);
            await loadLazyImages(page);
            expect.soft(layoutProblems(await measureLayout(page)), `${scheme}: layout: sideways scrolling, text size, line length`).toEqual([]);
            expect.soft((await axeViolations(page)).map(describeViolation), `${scheme}: axe-core violations`).toEqual([]);
          }
          await traffic.settled();
          expect.soft(traffic.problems(), "offline: requests to other hosts, failed requests, console errors").toEqual([]);
          // Last, and not watched: a full-page capture can make Chromium start and cancel image requests of its own.
          for (const scheme of [...COLOR_SCHEMES].reverse()) {
            await page.emulateMedia({ colorScheme: scheme });
            await page.screenshot({ path: screenshotPath(type.name, viewport, scheme), fullPage: true });
          }
        } finally {
          await page.close();
        }
      },
    );
  }
});
