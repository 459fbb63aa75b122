import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../helpers/site.ts";
import { SCREENSHOT_DIR } from "./page-types.ts";
import { GATE_NOW, SITE_NAMES, SITES, type BuiltSites } from "./sites.ts";

declare module "vitest" {
  export interface ProvidedContext {
    gateSites: BuiltSites;
  }
}

/**
 * Global setup of the gates: builds every site of `sites.ts` once, with the
 * production build command at the pinned GATE_NOW, for all gate test files
 * to share.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  const built = await Promise.all(
    SITE_NAMES.map(async (name) => {
      const root = await SITES[name]();
      const result = await buildSite(root, { env: { BROADSHEET_NOW: GATE_NOW } });
      if (result.code !== 0) throw new Error(`the ${name} site did not build:\n${result.stdout}${result.stderr}`);
      return [name, { root, outDir: result.outDir }] as const;
    }),
  );
  project.provide("gateSites", Object.fromEntries(built) as BuiltSites);
  return () => {
    for (const [, site] of built) {
      rmSync(site.root, { recursive: true, force: true });
      rmSync(path.dirname(site.outDir), { recursive: true, force: true });
    }
  };
}
