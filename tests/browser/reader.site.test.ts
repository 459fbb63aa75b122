import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import type { StaticServer } from "../helpers/browser.ts";
import { openSite, type OpenSite } from "../helpers/open-site.ts";

describe("a reader in a real browser", () => {
  let open: OpenSite;
  let site: OpenSite["site"];
  let server: StaticServer;
  let browser: BrowserContext;
  beforeAll(async () => {
    open = await openSite(inject("sites").sample);
    ({ site, server, browser } = open);
  });
  afterAll(async () => {
    await open?.close();
  });

  it("goes from the home page to the seed post and sees it whole, comments section last", async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url);
    await tab.getByRole("link", { name: "Deteriorating Security Situation in Iraq" }).click();
    await expect.poll(() => new URL(tab.url()).pathname).toBe("/posts/deteriorating-security-situation-in-iraq/index.html");
    expect(await tab.getByRole("heading", { level: 1 }).innerText()).toBe("Deteriorating Security Situation in Iraq");
    expect(await tab.locator("article .author").isVisible()).toBe(true);
    expect(await tab.locator("article time").innerText()).toBe("July 13, 2020");
    expect(await tab.locator("article .post-body p").count()).toBe(4);
    expect(await tab.getByText("Hisham al-Hashimi").isVisible()).toBe(true);
    expect(await tab.getByRole("heading", { name: "Comments" }).isVisible()).toBe(true);
    await tab.close();
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
