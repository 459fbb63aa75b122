import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { RenderOptions } from "beautiful-mermaid";
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import type { StringKey, Strings } from "../model/strings.ts";
import { report, type FoundEnv } from "./found.ts";

/**
 * A fenced block whose language is `mermaid` becomes an inline SVG when the
 * site is built, drawn by beautiful-mermaid (pure TypeScript: no browser, no
 * script on the page). It is coloured with the theme's own CSS variables, so
 * it follows the light and the dark scheme as the text does. A screen reader
 * hears its title (`accTitle:` in the diagram, else its kind) and
 * description (`accDescr:`), and every reader can open its source below it.
 *
 * A diagram that cannot be drawn is a problem naming its line: a kind
 * beautiful-mermaid does not draw, and, in flowcharts and state diagrams, a
 * line it would silently leave out.
 */
export function diagrams(md: MarkdownIt, strings: Strings): void {
  md.core.ruler.push("diagrams", (state: StateCore) => {
    for (const token of state.tokens) {
      if (token.type === "fence" && token.info.trim().split(/\s+/)[0]?.toLowerCase() === "mermaid") drawDiagram(token, state, strings);
    }
  });
  md.renderer.rules.diagram = (tokens, idx) => String(tokens[idx]!.meta?.html ?? "");
}

type BeautifulMermaid = typeof import("beautiful-mermaid");
let loaded: BeautifulMermaid | undefined;

/**
 * beautiful-mermaid, loaded the first time a post has a diagram: with its
 * layout engine (elkjs) it takes half a second to a second to load, which
 * every `npm run check` and every site without diagrams would otherwise pay.
 * markdown-it's rules are synchronous, so it is required (Node 20.19 loads
 * ES modules with require), by its file: its package exports only `import`.
 */
function beautifulMermaid(): BeautifulMermaid {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const folder = (require.resolve.paths("beautiful-mermaid") ?? []).map((modules) => path.join(modules, "beautiful-mermaid")).find((dir) => existsSync(path.join(dir, "package.json")));
    if (!folder) throw new Error("beautiful-mermaid is not installed; run npm ci");
    const manifest = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as { exports: { ".": { import: string } } };
    loaded = require(path.join(folder, manifest.exports["."].import)) as BeautifulMermaid;
  }
  return loaded;
}

/**
 * The theme's colours (templates/assets/style.css). beautiful-mermaid mixes
 * the others from these two; its `--muted` and `--surface` are the theme's
 * own variables of the same names, which the SVG inherits from the page.
 */
const COLOURS: RenderOptions = { bg: "var(--background)", fg: "var(--text)", line: "var(--muted)", accent: "var(--text)", border: "var(--muted)", transparent: true, padding: 16 };

/**
 * The kinds beautiful-mermaid draws: how each starts, its name in problems
 * (for the writer, in English like every problem), the first line of an
 * example, and its name for readers, in the site's language.
 */
const KINDS: readonly (readonly [RegExp, string, string, StringKey])[] = [
  [/^(graph|flowchart)\b/i, "Flowchart", "flowchart LR", "diagram.flowchart"],
  [/^stateDiagram(-v2)?\b/i, "State diagram", "stateDiagram-v2", "diagram.state"],
  [/^sequenceDiagram\b/i, "Sequence diagram", "sequenceDiagram", "diagram.sequence"],
  [/^classDiagram\b/i, "Class diagram", "classDiagram", "diagram.class"],
  [/^erDiagram\b/i, "Entity relationship diagram", "erDiagram", "diagram.er"],
  [/^xychart(-beta)?\b/i, "Chart", "xychart-beta", "diagram.chart"],
];
const KIND_LIST = KINDS.map(([, , first]) => first).join(", ");

interface DiagramEnv extends FoundEnv {
  diagrams?: number;
}

interface SourceLine {
  /** Line in the body, counted from 1. */
  readonly line: number;
  readonly text: string;
}

function drawDiagram(token: Token, state: StateCore, strings: Strings): void {
  const env = state.env as DiagramEnv;
  const { escapeHtml } = state.md.utils;
  const number = (env.diagrams = (env.diagrams ?? 0) + 1);
  const id = `diagram-${number}`;
  const firstLine = (token.map?.[0] ?? 0) + 2; // the line after the opening fence, counted from 1
  const { lines, title, description } = accessibility(token.content, firstLine);
  const source = lines.map((line) => line.text).join("\n");
  const header = lines.find((line) => line.text.trim() && !line.text.trim().startsWith("%%"));
  const found = KINDS.find(([pattern]) => pattern.test(header?.text.trim() ?? ""));
  const kind = found?.[1];

  const problems = kind ? unreadLines(lines, kind) : [];
  if (!kind) {
    const first = header?.text.trim().split(/\s+/)[0];
    const what = first ? `${JSON.stringify(first)} is not a kind of diagram beautiful-mermaid draws` : "the diagram is empty";
    problems.push({ line: header?.line ?? firstLine, message: `${what}; expected its first line to name one of ${KIND_LIST}` });
  }
  let svg: string | undefined;
  if (!problems.length) {
    try {
      svg = beautifulMermaid().renderMermaidSVG(source, COLOURS);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({ line: header?.line ?? firstLine, message: `beautiful-mermaid could not draw it: ${reason.replace(/\.$/, "")}` });
    }
  }
  for (const problem of problems) report(env, { line: problem.line, column: 1, message: `diagram: ${problem.message}` });

  token.type = "diagram";
  const code = `<pre tabindex="0"><code class="language-mermaid">${escapeHtml(token.content)}</code></pre>`;
  // A drawn diagram always has a kind: a diagram of no kind is a problem and is shown as its code.
  const name = title ?? (found ? strings.text(found[3]) : "");
  token.meta = {
    html: svg
      ? `<figure class="diagram">\n${prepare(svg, id, escapeHtml(name), description && escapeHtml(description))}\n<details class="diagram-source"><summary>${escapeHtml(strings.text("diagram.source"))}</summary>${code}</details>\n</figure>\n`
      : `${code}\n`,
  };
}

/** Takes `accTitle:` and `accDescr:` (one line, or `accDescr { … }`) out of the diagram: they are its text alternative. */
function accessibility(content: string, firstLine: number): { lines: SourceLine[]; title?: string; description?: string } {
  const lines: SourceLine[] = [];
  let title: string | undefined;
  const description: string[] = [];
  let inDescription = false;
  content.replace(/\n$/, "").split("\n").forEach((text, i) => {
    const trimmed = text.trim();
    if (inDescription) {
      if (trimmed === "}") inDescription = false;
      else description.push(trimmed);
      return;
    }
    const single = /^(accTitle|accDescr)\s*:\s*(.*)$/.exec(trimmed);
    if (single) {
      if (single[1] === "accTitle") title = single[2]!.trim();
      else description.push(single[2]!.trim());
      return;
    }
    if (/^accDescr\s*\{\s*$/.test(trimmed)) {
      inDescription = true;
      return;
    }
    lines.push({ line: firstLine + i, text });
  });
  return { lines, ...(title ? { title } : {}), ...(description.length ? { description: description.join(" ") } : {}) };
}

/** Lines that only open or close a block, or are comments: they draw nothing of their own. */
const STRUCTURE = /^(%%.*|end|\}|\{|subgraph\b.*|direction\s+\w+|state\s+.*\{|click\s.*)$/i;
const ARROW = /--|==|-\.|~~~/;

/**
 * beautiful-mermaid reads flowcharts and state diagrams line by line and
 * leaves out, without a word, a line it cannot read (`A-->B` without spaces,
 * a note in a state diagram). Each line is read on its own with its parser:
 * a line that gives nothing, or an arrow that gives no edge, is a problem.
 */
function unreadLines(lines: readonly SourceLine[], kind: string): { line: number; message: string }[] {
  if (kind !== "Flowchart" && kind !== "State diagram") return [];
  const body = lines.filter((line) => line.text.trim());
  const header = body[0]?.text.trim() ?? "";
  const problems: { line: number; message: string }[] = [];
  for (const { line, text } of body.slice(1)) {
    const trimmed = text.trim();
    if (STRUCTURE.test(trimmed)) continue;
    let graph;
    try {
      graph = beautifulMermaid().parseMermaid(`${header}\n${trimmed}`);
    } catch {
      continue; // the whole diagram is read again below, and its error reported there
    }
    const drawn = graph.nodes.size + graph.edges.length + graph.classDefs.size + graph.classAssignments.size + graph.nodeStyles.size + graph.linkStyles.size;
    const bare = trimmed.replace(/"[^"]*"|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|\|[^|]*\|/g, "");
    const garbled = [...graph.nodes.keys()].some((node) => /[-=.>|<]/.test(node) && !/^\[\*\]|^_(start|end)/.test(node));
    if (drawn === 0) {
      problems.push({ line, message: `${JSON.stringify(trimmed)} is not something beautiful-mermaid draws in a ${kind.toLowerCase()}, so it would be left out; expected a node, an edge such as A --> B, or a style line` });
    } else if (kind === "Flowchart" && ((ARROW.test(bare) && graph.edges.length === 0) || garbled)) {
      problems.push({ line, message: `the arrow in ${JSON.stringify(trimmed)} could not be read; expected a node on each side with spaces around the arrow, for example A --> B or A -->|label| B` });
    } else if (kind === "Flowchart" && !ARROW.test(bare) && !/&|^(classDef|class|style|linkStyle)\b/.test(bare.trim()) && /\S\s+\S/.test(bare.trim())) {
      problems.push({ line, message: `only the first word of ${JSON.stringify(trimmed)} would be drawn, as a node; expected one node (A[Its label]) or an edge such as A --> B` });
    }
  }
  return problems;
}

/**
 * Makes beautiful-mermaid's SVG fit to stand in a page beside others: ids
 * made unique on the page, its stylesheet scoped to this diagram and without
 * the web font it would fetch from Google (the page's sans-serif is used),
 * its `data-` attributes dropped, and named for assistive technology.
 */
export function prepare(svg: string, id: string, title: string, description?: string): string {
  const labelled = description ? `aria-labelledby="${id}-title" aria-describedby="${id}-description"` : `aria-labelledby="${id}-title"`;
  const accessible = `<title id="${id}-title">${title}</title>${description ? `<desc id="${id}-description">${description}</desc>` : ""}`;
  return svg
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${scope(css, `#${id}`)}</style>`)
    .replace(/\sid="([^"]+)"/g, (_, name: string) => ` id="${id}-${name}"`)
    .replace(/url\(#([^)]+)\)/g, (_, name: string) => `url(#${id}-${name})`)
    .replace(/\shref="#([^"]+)"/g, (_, name: string) => ` href="#${id}-${name}"`)
    .replace(/\sdata-[\w-]+="[^"]*"/g, "")
    .replace(/<svg\b/, `<svg id="${id}" role="img" ${labelled}`)
    .replace(/(<svg\b[^>]*>)/, `$1${accessible}`)
    .replace(/<style><\/style>\n?/g, "")
    .trim();
}

/** The rules of an SVG's stylesheet, each made to apply inside `scope` alone; `@import` and the font rule are dropped. */
function scope(css: string, scopeSelector: string): string {
  const rules: string[] = [];
  for (const match of css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/@import\s+url\([^)]*\)[^;]*;/g, "").matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = match[1]!.trim();
    if (selectors === "text" && /font-family/.test(match[2]!)) continue;
    const scoped = selectors
      .split(",")
      .map((selector) => (selector.trim() === "svg" ? scopeSelector : `${scopeSelector} ${selector.trim()}`))
      .join(", ");
    rules.push(`${scoped} {${match[2]!.replace(/\s+/g, " ").trimEnd()} }`);
  }
  return rules.join("\n");
}
