import type { BrowserContext } from "playwright-core";
import { launchBrowser, serveDirectory, type StaticServer } from "./browser.ts";

export interface OpenSite {
  readonly site: { readonly root: string; readonly outDir: string };
  readonly server: StaticServer;
  readonly browser: BrowserContext;
  close(): Promise<void>;
}

/** Serves a built site (one of the shared sites, usually) over HTTP at the root and opens Chromium, for a reader's tests. */
export async function openSite(site: { readonly root: string; readonly outDir: string }): Promise<OpenSite> {
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
