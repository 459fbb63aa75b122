import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

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
 * Runs axe-core (every rule it runs by default: WCAG 2.x A and AA and its best
 * practices) on the page as it is now, in the color scheme the page emulates.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).analyze();
  // axe always finds something to pass on a real page; nothing at all means it did not run.
  if (results.passes.length === 0 && results.violations.length === 0) throw new Error(`axe checked nothing on ${page.url()}`);
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? "unknown",
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.map(String).join(" ")),
  }));
}

export function describeViolation(violation: AxeViolation): string {
  return `${violation.id} (${violation.impact}): ${violation.help}: ${violation.targets.join(", ")}`;
}
