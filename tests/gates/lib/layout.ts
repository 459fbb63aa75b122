import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** What "readable" means for every page, on every screen size. */
export interface ReadingLimits {
  /** No text smaller than this many CSS pixels (footnote marks in `sup`/`sub` excepted). */
  readonly minFontPx: number;
  /** No rendered line of text longer than this many characters (code blocks in `pre` excepted: they scroll). */
  readonly maxLineChars: number;
}

export const READING_LIMITS: ReadingLimits = { minFontPx: 16, maxLineChars: 80 };

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** A phone held upright and a laptop. */
export const VIEWPORTS: readonly Viewport[] = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

export interface LayoutMeasurement {
  /** How far the page is wider than the window, in CSS pixels (0: no sideways scrolling). */
  readonly overflowPx: number;
  /** The innermost elements reaching past the right edge of the window. */
  readonly overflowing: readonly string[];
  /** The font size of the text of each element (one entry per element description and size), `sup`/`sub` left out. */
  readonly fontSizes: readonly { readonly px: number; readonly element: string; readonly text: string }[];
  readonly lines: readonly { readonly chars: number; readonly element: string; readonly text: string }[];
  /** Text nodes that were measured: a page where nothing was measured was not checked. */
  readonly textsMeasured: number;
}

/** The measurement, as text: `layout.in-page.js` says why it is not TypeScript. */
const MEASURE_IN_PAGE = readFileSync(new URL("./layout.in-page.js", import.meta.url), "utf8");

export function measureLayout(page: Page): Promise<LayoutMeasurement> {
  return page.evaluate<LayoutMeasurement>(`(${MEASURE_IN_PAGE})()`);
}

/** What is wrong with a measured page, one line per problem; empty when it reads well. */
export function layoutProblems(measurement: LayoutMeasurement, limits: ReadingLimits = READING_LIMITS): string[] {
  const problems: string[] = [];
  if (measurement.textsMeasured === 0) problems.push("no visible text was found to measure");
  if (measurement.overflowPx > 0) {
    problems.push(`the page scrolls sideways by ${measurement.overflowPx}px; past the right edge: ${measurement.overflowing.join(", ")}`);
  }
  for (const small of measurement.fontSizes.filter((entry) => entry.px < limits.minFontPx)) {
    problems.push(`text in ${small.element} is ${small.px}px, below ${limits.minFontPx}px: "${small.text}"`);
  }
  for (const line of measurement.lines.filter((entry) => entry.chars > limits.maxLineChars)) {
    problems.push(`a line in ${line.element} has ${line.chars} characters, more than ${limits.maxLineChars}: "${line.text}"`);
  }
  return problems;
}

/** The longest rendered line, for reporting the measure a page actually has. */
export function longestLine(measurement: LayoutMeasurement): number {
  return Math.max(0, ...measurement.lines.map((line) => line.chars));
}
