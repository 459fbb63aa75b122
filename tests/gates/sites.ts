import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SiteConfigInput } from "../../src/config/site.ts";
import { copySampleSite, ENGINE_ROOT, writeSiteConfig } from "../helpers/site.ts";

/**
 * The sites the gates build, once per test run, each into its own folder.
 * Each makes a site source folder (`posts/` and `site.config.ts`) in a
 * temporary folder: the sample site, a variant of it, or a fixture site under
 * `tests/fixtures/` (`() => copyFixture("name")`). A site is served under the
 * path of its configured `url`, so a site whose url is
 * `https://example.com/blog/` is served and checked under `/blog/`.
 */
export const SITES = {
  /** This repository's posts/ and site.config.ts: what `npm run build` publishes. */
  sample: () => copySampleSite(),
  /** The same posts published under a sub-path, where relative links most easily go wrong. */
  "sample-under-blog": () => sampleSiteAt("https://example.com/blog/"),
} as const satisfies Record<string, () => string | Promise<string>>;

export type SiteName = keyof typeof SITES;

export const SITE_NAMES = Object.keys(SITES) as SiteName[];

/** Where the globalSetup built each site: the source folder and the output folder. */
export type BuiltSites = Record<SiteName, { readonly root: string; readonly outDir: string }>;

async function sampleSiteAt(url: string): Promise<string> {
  const root = copySampleSite();
  const sample = (await import(pathToFileURL(path.join(ENGINE_ROOT, "site.config.ts")).href)) as { default: SiteConfigInput };
  writeSiteConfig(root, { ...sample.default, url });
  return root;
}
