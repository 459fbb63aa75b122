// @ts-check
/**
 * The layout measurement, run in the page (see layout.ts). Line lengths are
 * measured on the rendered line boxes: the rectangle of every character
 * (Range.getClientRects) is assigned to the line whose box contains its
 * vertical middle, per block container, so wrapping, inline markup,
 * hyphenation and right-to-left text are all counted as drawn.
 *
 * Plain JavaScript, sent to the browser as text: a compiler would add helpers
 * to a TypeScript function (tsx adds `__name(...)` calls) that the page lacks.
 *
 * @returns {import("./layout.ts").LayoutMeasurement}
 */
() => {
  /** @param {Element} element */
  const describe = (element) => {
    const id = element.id ? `#${element.id}` : "";
    const classes = element.classList.length ? `.${[...element.classList].join(".")}` : "";
    return `${element.tagName.toLowerCase()}${id}${classes}`;
  };
  const scroller = document.scrollingElement ?? document.documentElement;
  const viewportWidth = scroller.clientWidth;
  const overflowPx = Math.max(0, scroller.scrollWidth - viewportWidth);
  /** @type {string[]} */
  const overflowing = [];
  if (overflowPx > 0) {
    for (const element of document.body.querySelectorAll("*")) {
      if (element.getBoundingClientRect().right <= viewportWidth + 0.5) continue;
      const childOverflows = [...element.children].some((child) => child.getBoundingClientRect().right > viewportWidth + 0.5);
      if (!childOverflows) overflowing.push(describe(element));
    }
  }

  /** @param {Element} element */
  const blockOf = (element) => {
    let current = element;
    while (current.parentElement && current !== document.body) {
      const display = getComputedStyle(current).display;
      if (display !== "inline" && display !== "contents") break;
      current = current.parentElement;
    }
    return current;
  };

  /**
   * Text that is small by design, and so is not held to the floor: HTML's
   * superscripts and subscripts (footnote marks), MathML's scripts (every
   * child of msub, msup, msubsup, munder, mover and munderover but the base,
   * drawn smaller as TeX draws them), and the labels of a diagram drawn as an
   * image (`svg[role=img]`), which scale with it and whose name and source
   * the page gives as text.
   * @param {Element} element
   */
  const smallByDesign = (element) => {
    if (element.closest("sup, sub, svg[role=img]")) return true;
    /** @type {Element | null} */
    let child = element;
    while (child && child.localName !== "math") {
      /** @type {Element | null} */
      const parent = child.parentElement;
      if (parent && /^m(sub|sup|subsup|under|over|underover)$/.test(parent.localName) && parent.firstElementChild !== child) return true;
      child = parent;
    }
    return false;
  };

  /** @type {Map<Element, { top: number; bottom: number; text: string; chars: number }[]>} */
  const linesByBlock = new Map();
  /** @type {{ px: number; element: string; text: string }[]} */
  const fontSizes = [];
  /** @type {Set<string>} */
  const sizesSeen = new Set();
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
    if (!smallByDesign(parent) && !sizesSeen.has(sizeKey)) {
      sizesSeen.add(sizeKey);
      fontSizes.push({ px, element: describe(parent), text: text.trim().slice(0, 60) });
    }
    if (parent.closest("pre, svg")) continue;

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

  /** @type {{ chars: number; element: string; text: string }[]} */
  const lines = [];
  for (const [block, blockLines] of linesByBlock) {
    for (const line of blockLines) lines.push({ chars: line.chars, element: describe(block), text: line.text.trim() });
  }
  return { overflowPx, overflowing: overflowing.slice(0, 5), fontSizes, lines, textsMeasured };
}
