import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";

/*
 * Over HTTP, the gates follow a reader from the home page to the seed post
 * (pages.test.ts, page type "post", on the sample site) and see its title,
 * byline, date, body and comments section; tests/sites/sample.site.test.ts
 * checks the post's four paragraphs word for word. This file checks the one
 * way of reading the site they do not: opening it from disk.
 */
describe("a reader in a real browser", () => {
  const site = inject("sites").sample;
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("works opened straight from disk, stylesheet included", async () => {
    const tab = await browser.newPage();
    await tab.goto(`file://${site.outDir}/index.html`);
    await tab.getByRole("link", { name: "Deteriorating Security Situation in Iraq" }).click();
    expect(await tab.getByRole("heading", { level: 1 }).innerText()).toBe("Deteriorating Security Situation in Iraq");
    // The stylesheet limits the measure of main; without it main is as wide as the window.
    expect(await tab.evaluate(() => getComputedStyle(document.querySelector("main")!).maxWidth)).not.toBe("none");
    await tab.close();
  });
});
