import type { BrowserContext } from "playwright-core";
import { launchBrowser, serveDirectory, type StaticServer } from "./browser.ts";
import { buildSite, type BuiltSite } from "./site.ts";

export interface OpenSite {
  readonly site: BuiltSite;
  readonly server: StaticServer;
  readonly browser: BrowserContext;
  close(): Promise<void>;
}

/** Builds a site with the real build command, serves it over HTTP and opens Chromium, for a reader's tests. */
export async function openSite(root: string): Promise<OpenSite> {
  const site = await buildSite(root);
  if (site.code !== 0) throw new Error(`the build failed:\n${site.stderr}`);
  const server = await serveDirectory(site.outDir);
  const browser = await launchBrowser();
  return {
    site,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
