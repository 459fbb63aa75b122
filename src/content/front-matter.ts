import matter from "gray-matter";
import { parse as parseToml, TomlDate, TomlError } from "smol-toml";
import { isMap, LineCounter, parseDocument, type Document } from "yaml";
import type { Problem } from "../model/problem.ts";

export type FrontMatterFormat = "yaml" | "toml" | "json";

export interface FrontMatter {
  readonly format: FrontMatterFormat;
  /** Every field as written, unknown ones included. Dates stay the text written. */
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** The file line the body starts on. */
  readonly bodyLine: number;
  /** Line and column in the file of each top-level field, for pointing problems at it. */
  readonly positions: ReadonlyMap<string, { line: number; column: number }>;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problems: Problem[] };

type Positions = Map<string, { line: number; column: number }>;

/** What one of our engines gives gray-matter for a front matter block: the fields, where each is, and what is wrong. */
interface Block {
  readonly data: Record<string, unknown>;
  readonly positions: Positions;
  readonly problems: readonly Problem[];
}

const FENCE_LANGUAGE: Readonly<Record<string, FrontMatterFormat>> = { "": "yaml", yaml: "yaml", yml: "yaml", json: "json", toml: "toml" };

/**
 * gray-matter's engines: our YAML, TOML and JSON readers, which keep field
 * positions and give problems back as values. Executable languages are
 * refused by an engine too, so gray-matter's own `javascript` engine, which
 * evaluates the block, can never run.
 */
function engines(file: string): Record<string, (text: string) => Block> {
  const refuse = (): Block => ({ data: {}, positions: new Map(), problems: [{ file, line: 1, column: 4, message: "executable front matter is refused; front matter is never run as code" }] });
  const yaml = (text: string) => parseYaml(text, file);
  return {
    yaml,
    yml: yaml,
    toml: (text) => parseTomlBlock(text, file),
    json: (text) => parseJsonBlock(text, file, 1),
    javascript: refuse,
    js: refuse,
    coffee: refuse,
    coffeescript: refuse,
  };
}

/** gray-matter gives `{}` instead of calling an engine for a block that is empty or only comments. */
function isBlock(value: unknown): value is Block {
  return typeof value === "object" && value !== null && "problems" in value && "positions" in value;
}

/**
 * Reads a post's front matter with gray-matter: YAML between `---` lines,
 * TOML between `+++` lines (Hugo, Zola), or JSON (`---json`, or a bare
 * object opening the file, as Hugo writes it). Any other language after the
 * opening fence (`---js`, ...) is refused before gray-matter sees it, so
 * front matter is never executed.
 *
 * `source` must already be decoded, without a byte-order mark and with `\n` line endings.
 */
export function readFrontMatter(source: string, file: string): FrontMatterResult {
  // Hugo and Zola skip blank lines before the front matter (Jekyll never reads such a file as a post, so no Jekyll post is read differently).
  const blank = /^\s*?\n(?=[ \t]*(?:---|\+\+\+|\{))/.exec(source)?.[0] ?? "";
  if (!blank) return readFrom(source.replace(/^[ \t]+(?=---|\+\+\+|\{)/, ""), file);
  const lines = blank.split("\n").length - 1;
  const result = readFrom(source.slice(blank.length).replace(/^[ \t]+/, ""), file);
  const shifted = <T extends { line?: number }>(item: T): T => (item.line === undefined ? item : { ...item, line: item.line + lines });
  if (!result.ok) return { ok: false, problems: result.problems.map(shifted) };
  const positions = new Map([...result.value.positions].map(([key, at]) => [key, shifted(at)]));
  return { ok: true, value: { ...result.value, bodyLine: result.value.bodyLine + lines, positions } };
}

function readFrom(source: string, file: string): FrontMatterResult {
  if (source.startsWith("{")) return readBareJson(source, file);
  const fence = source.startsWith("+++") ? "+++" : "---";
  const opening = new RegExp(`^${fence.replace(/\+/g, "\\+")}([^\\n]*)\\n`).exec(source);
  if (!opening) {
    return fail(file, lineOf(source, Math.max(0, source.search(/\S/))), 1, "the file has no front matter; expected its first line that is not blank to be ---, then fields such as title: and date:, then ---");
  }
  const language = (opening[1] ?? "").trim().toLowerCase();
  const format = fence === "+++" ? (language === "" || language === "toml" ? "toml" : undefined) : FENCE_LANGUAGE[language];
  if (!format) {
    return fail(file, 1, 4, `front matter in "${language}" is refused; only YAML, TOML and JSON front matter is read, and front matter is never run as code`);
  }
  const rest = source.slice(opening[0].length);
  if (!new RegExp(`^${fence.replace(/\+/g, "\\+")}[ \\t]*$`, "m").test(rest)) {
    return fail(file, 1, 1, `the front matter block opened here is never closed; expected a line ${fence} after the last field`);
  }

  const parsed = matter(source, { language: format, delimiters: fence, engines: engines(file) });
  const block: unknown = parsed.data;
  const { data, positions, problems } = isBlock(block) ? block : { data: {}, positions: new Map(), problems: [] };
  if (problems.length) return { ok: false, problems: [...problems] };
  return { ok: true, value: { format, data, body: parsed.content, bodyLine: lineOf(source, source.length - parsed.content.length), positions } };
}

function parseYaml(text: string, file: string): Block {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { schema: "core", lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = document.errors.map((error): Problem => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const opened = error.code === "MISSING_CHAR" ? openingQuote(text, line, error.message) : undefined;
    return { file, ...(opened ?? { line, column: col }), message: `broken YAML: ${yamlMessage(error.code, error.message)}` };
  });
  const positions: Positions = new Map();
  if (problems.length) return { data: {}, positions, problems };
  if (document.contents !== null && !isMap(document.contents)) {
    const kind = Array.isArray(document.toJS()) ? "a list" : "a single value";
    return { data: {}, positions, problems: [{ file, line: 2, column: 1, message: `the front matter is ${kind}; expected fields, one per line, such as title: My post` }] };
  }
  if (document.contents && isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (key?.range && key.value !== undefined) {
        const { line, col } = lineCounter.linePos(key.range[0]);
        positions.set(String(key.value), { line, column: col });
      }
    }
  }
  return { data: (document.toJS() as Record<string, unknown> | null) ?? {}, positions, problems: [] };
}

function parseTomlBlock(text: string, file: string): Block {
  // A key is written `key = ...`, or as a table's header (`[taxonomies]`, `[[images]]`).
  const positions = keyPositions(text, /^[ \t]*\[{0,2}[ \t]*("?)([A-Za-z0-9_-]+)\1[ \t]*(?:=|\]{1,2}[ \t]*$)/gm);
  try {
    return { data: plainDates(parseToml(text)) as Record<string, unknown>, positions, problems: [] };
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const message = (error.message.split("\n")[0] ?? "").replace(/^Invalid TOML document: /, "");
    return { data: {}, positions, problems: [{ file, line: error.line, column: error.column, message: `broken TOML: ${message}` }] };
  }
}

/**
 * TOML dates become text (`2014-11-18T00:00:00Z`), like YAML dates, so no
 * time zone touches them. smol-toml spells every date-time with
 * milliseconds; a fraction of zero the writer did not give is left out.
 */
function plainDates(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString().replace(/\.000(?=Z|[+-]|$)/, "");
  if (Array.isArray(value)) return value.map(plainDates);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainDates(item)]));
  return value;
}

const JSON_KEY = /^[ \t]*(")([^"\n]+)"[ \t]*:/gm;

function parseJsonBlock(text: string, file: string, firstLine: number): Block {
  const positions = keyPositions(text, JSON_KEY);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { data: {}, positions, problems: [{ file, line: firstLine, column: 1, message: `broken JSON: ${(error as Error).message.split("\n")[0]}` }] };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    return { data: {}, positions, problems: [{ file, line: firstLine, column: 1, message: 'the front matter is not a JSON object; expected { "title": ..., "date": ... }' }] };
  }
  return { data: data as Record<string, unknown>, positions, problems: [] };
}

/** Hugo's JSON front matter: an object opening the file, with no fences. Its end is found by balancing braces outside strings. */
function readBareJson(source: string, file: string): FrontMatterResult {
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let i = 0; i < source.length && end === -1; i++) {
    const char = source[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) end = i + 1;
  }
  if (end === -1) return fail(file, 1, 1, "the JSON front matter opened here is never closed; expected a } after the last field");
  const { data, positions, problems } = parseJsonBlock(source.slice(0, end), file, 1);
  if (problems.length) return { ok: false, problems: [...problems] };
  const body = source.slice(end).replace(/^[ \t]*\n/, "");
  return { ok: true, value: { format: "json", data, body, bodyLine: lineOf(source, source.length - body.length), positions } };
}

/**
 * Where each top-level key of a TOML or JSON block starts. gray-matter keeps
 * the newline after the opening fence and a bare JSON object starts the file,
 * so block lines are file lines in both cases.
 */
function keyPositions(text: string, pattern: RegExp): Positions {
  const positions: Positions = new Map();
  for (const match of text.matchAll(pattern)) {
    const key = match[2];
    if (key && !positions.has(key)) positions.set(key, { line: lineOf(text, match.index), column: match[0].indexOf(key) + (match[1] ? 0 : 1) });
  }
  return positions;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** YAML notices a missing quote where the text runs out; the writer needs the line where the quote opened. */
function openingQuote(text: string, errorLine: number, message: string): { line: number; column: number } | undefined {
  const quote = message.includes("'") ? "'" : '"';
  const lines = text.split("\n");
  for (let line = Math.min(errorLine, lines.length); line >= 1; line--) {
    const content = lines[line - 1] ?? "";
    if (content.split(quote).length % 2 === 0) return { line, column: content.indexOf(quote) + 1 };
  }
  return undefined;
}

function yamlMessage(code: string, message: string): string {
  const text = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
  switch (code) {
    case "DUPLICATE_KEY":
      return "a field is given twice; expected each field once";
    case "TAB_AS_INDENT":
      return "a tab is used for indentation; expected spaces";
    case "MISSING_CHAR":
      return `${text}; expected a closing quote on the same line`;
    case "BLOCK_AS_IMPLICIT_KEY":
      return 'a value contains a colon followed by a space; expected such text in quotes, for example title: "Iraq: what next?"';
    case "BAD_SCALAR_START":
      return `${text}; expected text that starts with such a character to be in quotes`;
    default:
      return text;
  }
}

function fail(file: string, line: number, column: number, message: string): FrontMatterResult {
  return { ok: false, problems: [{ file, line, column, message }] };
}
