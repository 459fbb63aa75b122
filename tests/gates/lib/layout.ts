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

/**
 * Runs in the page. Line lengths are measured on the rendered line boxes: the
 * rectangle of every character (Range.getClientRects) is assigned to the line
 * whose box contains its vertical middle, per block container, so wrapping,
 * inline markup, hyphenation and right-to-left text are all counted as drawn.
 * Kept free of imports and helpers because Playwright sends its source text.
 */
function measureInPage(): LayoutMeasurement {
  const describe = (element: Element): string => {
    const id = element.id ? `#${element.id}` : "";
    const classes = element.classList.length ? `.${[...element.classList].join(".")}` : "";
    return `${element.tagName.toLowerCase()}${id}${classes}`;
  };
  const scroller = document.scrollingElement ?? document.documentElement;
  const viewportWidth = scroller.clientWidth;
  const overflowPx = Math.max(0, scroller.scrollWidth - viewportWidth);
  const overflowing: string[] = [];
  if (overflowPx > 0) {
    for (const element of document.body.querySelectorAll("*")) {
      if (element.getBoundingClientRect().right <= viewportWidth + 0.5) continue;
      const childOverflows = [...element.children].some((child) => child.getBoundingClientRect().right > viewportWidth + 0.5);
      if (!childOverflows) overflowing.push(describe(element));
    }
  }

  const blockOf = (element: Element): Element => {
    let current: Element = element;
    while (current.parentElement && current !== document.body) {
      const display = getComputedStyle(current).display;
      if (display !== "inline" && display !== "contents") break;
      current = current.parentElement;
    }
    return current;
  };

  interface Line {
    top: number;
    bottom: number;
    text: string;
    chars: number;
  }
  const linesByBlock = new Map<Element, Line[]>();
  const fontSizes: { px: number; element: string; text: string }[] = [];
  const sizesSeen = new Set<string>();
  let textsMeasured = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? "";
    const parent = node.parentElement;
    if (!parent || !text.trim() || parent.closest("script, style, noscript, template")) continue;
    range.selectNodeContents(node);
    if (![...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0)) continue;
    const style = getComputedStyle(parent);
    if (style.visibility !== "visible") continue;
    textsMeasured++;
    const px = Number.parseFloat(style.fontSize);
    const sizeKey = `${describe(parent)} ${px}`;
    if (!parent.closest("sup, sub") && !sizesSeen.has(sizeKey)) {
      sizesSeen.add(sizeKey);
      fontSizes.push({ px, element: describe(parent), text: text.trim().slice(0, 60) });
    }
    if (parent.closest("pre")) continue;

    const block = blockOf(parent);
    let lines = linesByBlock.get(block);
    if (!lines) linesByBlock.set(block, (lines = []));
    let offset = 0;
    for (const character of text) {
      range.setStart(node, offset);
      range.setEnd(node, offset + character.length);
      offset += character.length;
      const rect = [...range.getClientRects()].find((box) => box.width > 0 && box.height > 0);
      if (!rect) continue;
      const middle = (rect.top + rect.bottom) / 2;
      let line = lines.find((candidate) => middle >= candidate.top && middle <= candidate.bottom);
      if (!line) lines.push((line = { top: rect.top, bottom: rect.bottom, text: "", chars: 0 }));
      line.text += character;
      line.chars++;
    }
  }

  const lines: { chars: number; element: string; text: string }[] = [];
  for (const [block, blockLines] of linesByBlock) {
    for (const line of blockLines) lines.push({ chars: line.chars, element: describe(block), text: line.text.trim() });
  }
  return { overflowPx, overflowing: overflowing.slice(0, 5), fontSizes, lines, textsMeasured };
}

export function measureLayout(page: Page): Promise<LayoutMeasurement> {
  return page.evaluate(measureInPage);
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
