import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Frame, Page } from "playwright-core";

export const COLOR_SCHEMES = ["light", "dark"] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export interface AxeViolation {
  /** axe's rule id, e.g. `color-contrast`, `image-alt`. */
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  /** CSS selectors of the offending elements. */
  readonly targets: readonly string[];
}

/**
 * axe-core itself, the copy `@axe-core/playwright` is built on. For every
 * run, `AxeBuilder.analyze()` injects axe into the page, runs it there in
 * parts, then opens a new blank tab, injects axe again and finishes the run
 * in it: about 2.5 s a page here (its legacy mode injects axe into the page
 * twice instead). The gates inject axe once per page and call `axe.run`
 * there, the same rules on the same page: about 0.5 s, and 0.1 s for a second
 * run in the same page (the other color scheme).
 */
const AXE = createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"))("axe-core") as { readonly source: string; readonly version: string };

/** Puts axe-core into a frame that does not have it yet; a frame that cannot take it (detached, cross-origin) is left out, as AxeBuilder does. */
async function injectAxe(frame: Frame): Promise<void> {
  try {
    const present = await frame.evaluate((version) => (window as unknown as { axe?: { version?: string } }).axe?.version === version, AXE.version);
    if (!present) await frame.evaluate(AXE.source);
  } catch {
    // Nothing to check in a frame that is gone.
  }
}

/**
 * Runs axe-core (every rule it runs by default: WCAG 2.x A and AA and its best
 * practices) on the page as it is now, in the color scheme the page emulates,
 * with its same-origin frames.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  for (const frame of page.frames()) await injectAxe(frame);
  // Only what the gate reports leaves the page: the passes' element lists are large and unused.
  const results = await page.evaluate(async () => {
    const { passes, violations } = await (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document);
    return {
      passes: passes.length,
      violations: violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? "unknown",
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.map(String).join(" ")),
      })),
    };
  });
  // axe always finds something to pass on a real page; nothing at all means it did not run.
  if (results.passes === 0 && results.violations.length === 0) throw new Error(`axe checked nothing on ${page.url()}`);
  return results.violations;
}

export function describeViolation(violation: AxeViolation): string {
  return `${violation.id} (${violation.impact}): ${violation.help}: ${violation.targets.join(", ")}`;
}
