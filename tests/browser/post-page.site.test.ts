import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, COLOR_SCHEMES, describeViolation } from "../gates/lib/accessibility.ts";
import { recordTraffic } from "../gates/lib/traffic.ts";
import { launchBrowser, serveDirectory, type StaticServer } from "../helpers/browser.ts";

/*
 * The gates check these pages at 375x812 and 1280x800, light and dark (the
 * post-page site: page types post-rich, post-right-to-left,
 * home-two-languages and, for the post using math, a diagram, callouts and a
 * video, post-beyond-prose): layout, axe-core, what the reader sees. This
 * file checks what they do not: how the page behaves when used, and axe on a
 * phone narrower than theirs.
 */
const PAGES = ["posts/a-day-at-the-harbour/index.html", "posts/arabic/index.html", "index.html"];
const FEATURES = "posts/counting-the-crossings/index.html";
/** A narrower phone than the gates' 375 px. */
const PHONE = { width: 360, height: 780 };

describe("the post page in a real browser", () => {
  const site = inject("sites")["post-page"];
  let server: StaticServer;
  let browser: BrowserContext;
  beforeAll(async () => {
    server = await serveDirectory(site.outDir, "/notes/");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, options: { colorScheme?: "light" | "dark"; viewport?: { width: number; height: number } } = {}): Promise<Page> {
    const tab = await browser.newPage();
    await tab.emulateMedia({ colorScheme: options.colorScheme ?? "light" });
    if (options.viewport) await tab.setViewportSize(options.viewport);
    await tab.goto(server.url + path);
    return tab;
  }

  it.each(PAGES)(`has no axe violations at ${PHONE.width} px, narrower than the gates' phone, in light and dark mode (%s)`, async (path) => {
    const tab = await open(path, { viewport: PHONE });
    for (const colorScheme of COLOR_SCHEMES) {
      await tab.emulateMedia({ colorScheme });
      expect((await axeViolations(tab)).map((violation) => `${path}, ${colorScheme}: ${describeViolation(violation)}`)).toEqual([]);
    }
    await tab.close();
  });

  it("loads a video's player from youtube-nocookie.com only when the reader presses Play, and keeps focus there", async () => {
    const tab = await browser.newPage();
    // Watched by the offline gate's recorder, which knows when the page's requests have settled.
    const traffic = await recordTraffic(tab, server.url);
    const offSite = () => traffic.traffic().requests.filter((url) => /^https?:\/\/(?!127\.0\.0\.1)/.test(url));
    // Asked before the recorder's own route (Playwright asks the last added first): another host is answered by a stub player.
    await tab.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" }));
    await tab.goto(server.url + FEATURES);
    await traffic.settled();
    expect(offSite()).toEqual([]);
    expect(await tab.locator("iframe").count()).toBe(0);
    await tab.getByRole("button", { name: "Play the video" }).click();
    const player = tab.locator(".video iframe");
    await player.waitFor();
    expect(await player.getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
    expect(await player.getAttribute("title")).toBe("The 6:10 ferry leaving the breakwater");
    await traffic.settled();
    expect(offSite()).toEqual(["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"]);
    expect(await tab.evaluate(() => document.activeElement?.className)).toBe("video");
    await tab.close();
  });

  it("draws the diagram in the theme's colours, different in light and dark mode, within a phone's width", async () => {
    const tab = await open(FEATURES, { viewport: PHONE });
    const text = tab.locator("figure.diagram svg g.node text").first();
    const fills: string[] = [];
    for (const colorScheme of COLOR_SCHEMES) {
      await tab.emulateMedia({ colorScheme });
      fills.push(await text.evaluate((el) => getComputedStyle(el).fill));
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const box = await tab.locator("figure.diagram svg").boundingBox();
      expect(box!.width).toBeLessThanOrEqual(PHONE.width);
    }
    await tab.close();
    expect(fills[0]).toBe("rgb(31, 29, 26)");
    expect(fills[1]).toBe("rgb(236, 232, 225)");
  });

  it("colours code differently in light and dark mode", async () => {
    const tab = await open(PAGES[0]!);
    const keyword = tab.locator("pre .token.keyword").first();
    const colours: string[] = [];
    for (const colorScheme of COLOR_SCHEMES) {
      await tab.emulateMedia({ colorScheme });
      colours.push(await keyword.evaluate((el) => getComputedStyle(el).color));
    }
    expect(colours[0]).not.toBe(colours[1]);
    await tab.close();
  });

  it("scrolls long code lines and wide tables inside their blocks on a phone, never the page", async () => {
    const tab = await open(PAGES[0]!, { viewport: PHONE });
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    for (const selector of ["pre", ".table-scroll"]) {
      const block = tab.locator(selector).first();
      const { scrollWidth, clientWidth } = await block.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      // A keyboard reaches the block and scrolls it (current Chromium would focus any scroller; tabindex makes every browser do so).
      expect(await block.getAttribute("tabindex")).toBe("0");
      await block.focus();
      expect(await block.evaluate((el) => el === document.activeElement)).toBe(true);
      await tab.keyboard.press("ArrowRight");
      await expect.poll(() => block.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    }
    await tab.close();
  });

  it("loads the post's image as AVIF at its set size, without shifting the text", async () => {
    const tab = await open(PAGES[0]!, { viewport: PHONE });
    const img = tab.locator("figure picture img");
    const before = await img.boundingBox();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    expect(await img.evaluate((el: HTMLImageElement) => new URL(el.currentSrc).pathname)).toMatch(/^\/notes\/images\/[\w-]+-\d+\.avif$/);
    const after = await img.boundingBox();
    expect(before?.height).toBeGreaterThan(100);
    expect(after?.height).toBeCloseTo(before!.height, 0);
    await tab.close();
  });

  it("goes from a table of contents entry to its Arabic heading, and back from a footnote to its reference", async () => {
    const tab = await open(PAGES[0]!);
    await tab.getByRole("navigation", { name: "Table of contents" }).getByRole("link", { name: "تعداد الركاب" }).click();
    await expect.poll(() => tab.evaluate(() => decodeURIComponent(location.hash))).toBe("#تعداد-الركاب");
    expect(await tab.getByRole("heading", { name: "تعداد الركاب" }).isVisible()).toBe(true);
    await tab.getByRole("link", { name: "Back to reference 1" }).click();
    await expect.poll(() => tab.evaluate(() => location.hash)).toBe("#fnref1");
    await tab.close();
  });

  it("names each heading's self-link after the heading", async () => {
    const tab = await open(PAGES[0]!);
    const link = tab.locator(".post-body").getByRole("link", { name: "Who counts the passengers", exact: true });
    expect(await link.getAttribute("href")).toBe("#who-counts-the-passengers");
    await tab.close();
  });

  it("lays the Arabic post out right to left, its heading's self-link on the left", async () => {
    const tab = await open(PAGES[1]!, { viewport: PHONE });
    expect(await tab.locator("article").evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    const heading = await tab.locator(".post-body h2").first().boundingBox();
    const link = await tab.locator(".post-body .heading-link").first().boundingBox();
    expect(link!.x + link!.width).toBeLessThanOrEqual(heading!.x + 1);
    await tab.close();
  });
});
