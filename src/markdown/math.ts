import type { MarkdownIt, StateBlock, StateCore, StateInline, Token } from "markdown-it";
import temml from "temml";
import { inlinePosition, report, type FoundEnv, type Position } from "./found.ts";

/**
 * Math written in TeX becomes MathML when the site is built: `$…$` inline,
 * `$$…$$` on lines of its own (or a fenced block whose language is `math`)
 * for a displayed formula. Browsers draw MathML themselves and screen readers
 * read it, so the page needs no script and no font from another host.
 *
 * Temml renders it (see the README for why not KaTeX). A formula Temml
 * cannot read is a problem naming its line and column, never a red error
 * printed into the page.
 *
 * A dollar amount stays text: an opening `$` must be followed by something
 * other than a space, and the next `$` must close it, with no space before
 * it and no digit after it. In "$5 and $10" the second `$` has a space
 * before it, so neither is math. `\$` is always a dollar sign.
 */
export function math(md: MarkdownIt): void {
  md.inline.ruler.after("escape", "math_inline", inlineMath);
  md.block.ruler.before("fence", "math_block", blockMath, { alt: ["paragraph", "reference", "blockquote", "list"] });
  md.core.ruler.push("math", renderAll);
  md.renderer.rules.math_inline = (tokens, idx) => String(tokens[idx]!.meta?.html ?? "");
  md.renderer.rules.math_block = (tokens, idx) => `${String(tokens[idx]!.meta?.html ?? "")}\n`;
}

const DOLLAR = 0x24;

function isSpace(code: number | undefined): boolean {
  return code === undefined || code === 0x20 || code === 0x09 || code === 0x0a;
}

/** `$…$`, or `$$…$$` inside a line of text (shown as a displayed formula). */
function inlineMath(state: StateInline, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== DOLLAR) return false;
  const display = src.charCodeAt(pos + 1) === DOLLAR;
  const open = display ? 2 : 1;
  if (isSpace(src.charCodeAt(pos + open)) || pos + open >= posMax) return false;

  const close = closingDollar(src, pos + open, posMax, display);
  if (close === -1) return false;
  if (!silent) {
    const token = state.push("math_inline", "math", 0);
    token.content = src.slice(pos + open, close);
    token.markup = display ? "$$" : "$";
    token.meta = { display, offset: pos + open };
  }
  state.pos = close + open;
  return true;
}

/** Where the formula that starts at `from` ends, or -1 when the next `$` does not close it (a dollar amount). */
function closingDollar(src: string, from: number, max: number, display: boolean): number {
  for (let i = from; i < max; i++) {
    const code = src.charCodeAt(i);
    if (code === 0x5c) {
      i++; // `\$` and `\\` inside TeX
      continue;
    }
    if (code !== DOLLAR) continue;
    if (display) return src.charCodeAt(i + 1) === DOLLAR ? i : -1;
    const after = src.charCodeAt(i + 1);
    const closes = !isSpace(src.charCodeAt(i - 1)) && !(after >= 0x30 && after <= 0x39);
    return closes ? i : -1;
  }
  return -1;
}

/** `$$` on a line of its own (or `$$ … $$` on one line) up to the line that ends with `$$`. */
function blockMath(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const lineText = (line: number) => state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!);
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const first = lineText(startLine);
  if (!first.startsWith("$$")) return false;

  let body: string[];
  let last = startLine;
  const rest = first.slice(2);
  if (rest.trimEnd().endsWith("$$") && rest.trim().length > 2) {
    body = [rest.trimEnd().slice(0, -2)];
  } else {
    if (rest.includes("$$")) return false; // `$$x$$ and more text` is a paragraph with inline math
    body = rest.trim() ? [rest] : [];
    let closed = false;
    while (++last < endLine) {
      if (state.sCount[last]! < state.blkIndent && lineText(last).trim()) break;
      const text = lineText(last);
      if (text.trimEnd().endsWith("$$")) {
        const beforeClose = text.trimEnd().slice(0, -2);
        if (beforeClose.trim()) body.push(beforeClose);
        closed = true;
        break;
      }
      body.push(text);
    }
    if (!closed) return false;
  }
  if (silent) return true;
  const token = state.push("math_block", "math", 0);
  token.block = true;
  token.content = body.join("\n");
  token.markup = "$$";
  token.map = [startLine, last + 1];
  // The TeX starts after `$$` when written on the first line, else on the next line.
  token.meta = rest.trim() ? { firstLine: startLine, firstColumn: state.tShift[startLine]! + 3 } : { firstLine: startLine + 1 };
  state.line = last + 1;
  return true;
}

interface TemmlError {
  readonly name?: string;
  readonly message?: string;
  readonly position?: number;
}

/** Temml's message without its repetition of the TeX, which the problem's position already points at. */
function describe(error: TemmlError): string {
  const message = String(error.message ?? error).replace(/^(KaTeX |Temml )?parse error:\s*/i, "");
  const cut = message.search(/ at position \d+:| at end of input:/);
  const reason = (cut === -1 ? message : message.slice(0, cut)).trim();
  return error.name === "ParseError" && reason ? reason : "Temml could not read it";
}

/**
 * Renders every formula once, after parsing, so each error is reported with
 * its place in the file before anything is written. A fenced block whose
 * language is `math` is a displayed formula too.
 */
function renderAll(state: StateCore): void {
  const env = state.env as FoundEnv;
  const lines = state.src.split("\n");
  const render = (token: Token, display: boolean, where: (offset: number) => Position | undefined) => {
    try {
      token.meta = { ...token.meta, html: temml.renderToString(token.content, { displayMode: display, throwOnError: true, strict: false }) };
    } catch (error) {
      const problem = error as TemmlError;
      const at = where(typeof problem.position === "number" ? problem.position : 0);
      const written = token.content.trim().replace(/\s+/g, " ");
      const tex = written.length > 60 ? `${written.slice(0, 57)}...` : written;
      report(env, {
        line: at?.line ?? 1,
        ...(at ? { column: at.column } : {}),
        message: `math: ${describe(problem)} in ${token.markup || "$$"}${tex}${token.markup || "$$"}; expected TeX that Temml supports (temml.org lists it), or \\$ for a dollar sign`,
      });
      token.meta = { ...token.meta, html: `<code class="math-error">${state.md.utils.escapeHtml(token.content)}</code>` };
    }
  };
  for (const token of state.tokens) {
    if (token.type === "fence" && token.info.trim().split(/\s+/)[0]?.toLowerCase() === "math") {
      token.type = "math_block";
      token.markup = "$$";
      token.content = token.content.replace(/\n$/, "");
      token.meta = { firstLine: (token.map?.[0] ?? 0) + 1 };
    }
    if (token.type === "math_block") {
      const { firstLine, firstColumn } = token.meta as { firstLine: number; firstColumn?: number };
      render(token, true, (offset) => {
        const before = token.content.slice(0, offset).split("\n");
        const line = firstLine + before.length - 1;
        if (before.length === 1 && firstColumn !== undefined) return { line: line + 1, column: firstColumn + offset };
        const text = lines[line] ?? "";
        return { line: line + 1, column: text.length - text.trimStart().length + before.at(-1)!.length + 1 };
      });
    } else if (token.type === "inline") {
      for (const child of token.children ?? []) {
        if (child.type !== "math_inline") continue;
        const { display, offset } = child.meta as { display: boolean; offset: number };
        render(child, display, (position) => inlinePosition(lines, token, offset + position));
      }
    }
  }
}
