import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadSiteConfig } from "../../src/config/site.ts";
import { launchBrowser, serveDirectory, type StaticServer } from "../helpers/browser.ts";
import { axeViolations, COLOR_SCHEMES, describeViolation, type ColorScheme } from "./lib/accessibility.ts";
import { htmlFiles } from "./lib/html-validator.ts";
import { followRoute, missingSights, sitePath } from "./lib/journey.ts";
import { layoutProblems, measureLayout, VIEWPORTS, type Viewport } from "./lib/layout.ts";
import { recordTraffic, type TrafficOptions, type TrafficRecorder } from "./lib/traffic.ts";
import { PAGE_TYPES, SCREENSHOT_DIR, screenshotPath } from "./page-types.ts";
import { SITE_NAMES, type SiteName } from "./sites.ts";

const sites = inject("gateSites");
let browser: BrowserContext;
const servers = new Map<SiteName, StaticServer>();

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const name of SITE_NAMES) {
    const config = await loadSiteConfig(sites[name].root);
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

describe.each(PAGE_TYPES.map((type) => [type.name, type] as const))("the %s page", (_, type) => {
  it.each(type.sites)("is reached from the home page as a reader would, shows what it must, and Back returns home (%s site)", async (site) => {
    const { url } = serverOf(site);
    const last = type.reach.at(-1);
    const visited = last && "visit" in last ? last.visit : undefined;
    const expectedErrors = visited && type.status ? [{ url: new URL(visited.replace(/^\//, ""), url).href, status: type.status }] : [];
    const { page, traffic } = await open(site, "/", { options: { expectedErrors } });
    expect(await followRoute(page, url, type.reach)).toEqual([]);
    expect(sitePath(url, page.url())).toBe(visited ?? type.path);
    expect(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStatus)).toBe(type.status ?? 200);
    expect(await missingSights(page, type.sees)).toEqual([]);
    if (type.reach.length) {
      await page.goBack({ waitUntil: "load" });
      expect(sitePath(url, page.url())).toBe("/");
    }
    expect(traffic.problems()).toEqual([]);
    await page.close();
  });

  const views = VIEWPORTS.flatMap((viewport) => COLOR_SCHEMES.map((scheme) => ({ label: `${viewport.width}x${viewport.height} ${scheme}`, viewport, scheme })));
  it.each(views)("at $label: fits the screen, reads well, has no axe violations and stays on this machine", async ({ viewport, scheme }) => {
    const { page, traffic } = await open(type.sites[0], type.path, { viewport, scheme });
    const layout = await measureLayout(page);
    await page.screenshot({ path: screenshotPath(type.name, viewport, scheme), fullPage: true });
    const violations = await axeViolations(page);
    await page.waitForLoadState("networkidle");
    expect.soft(layoutProblems(layout), "layout: sideways scrolling, text size, line length").toEqual([]);
    expect.soft(violations.map(describeViolation), "axe-core violations").toEqual([]);
    expect.soft(traffic.problems(), "offline: requests to other hosts, failed requests, console errors").toEqual([]);
    await page.close();
  });
});
