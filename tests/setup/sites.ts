import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../helpers/build.ts";
import { SITE_NAMES, SITES, SITES_NOW, type BuiltSites } from "../helpers/fixture-sites.ts";
import { SCREENSHOT_DIR } from "../gates/page-types.ts";

declare module "vitest" {
  export interface ProvidedContext {
    sites: BuiltSites;
  }
}

/**
 * Global setup of the tests of built sites and the gates: builds every site
 * of tests/helpers/fixture-sites.ts once per run, with `npm run build`'s
 * command at the pinned SITES_NOW, for every test file to share.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  const built: [string, { root: string; outDir: string; stderr: string }][] = [];
  for (const name of SITE_NAMES) {
    const root = await SITES[name]();
    const result = await buildSite(root, { now: SITES_NOW });
    if (result.code !== 0) throw new Error(`the ${name} site did not build:\n${result.stdout}${result.stderr}`);
    built.push([name, { root, outDir: result.outDir, stderr: result.stderr }]);
  }
  project.provide("sites", Object.fromEntries(built) as BuiltSites);
  return () => {
    for (const [, site] of built) {
      rmSync(site.root, { recursive: true, force: true });
      rmSync(path.dirname(site.outDir), { recursive: true, force: true });
    }
  };
}
