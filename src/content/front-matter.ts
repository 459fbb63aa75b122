import matter from "gray-matter";
import { isMap, LineCounter, parseDocument, type Document } from "yaml";
import type { Problem } from "./problems.ts";

export interface FrontMatter {
  /** Every field as written, unknown ones included. */
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** Line and column in the file of each top-level field (gray-matter keeps the newline after the opening ---, so YAML lines are file lines). */
  readonly positions: ReadonlyMap<string, { line: number; column: number }>;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problems: Problem[] };

const OPENING = /^---([^\n]*)\n/;
const CLOSING = /^---[ \t]*$/m;
const YAML_LANGUAGES = new Set(["", "yaml", "yml"]);

/** Thrown from inside gray-matter's engine so YAML problems come back as values. */
class YamlProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super("front matter problems");
  }
}

/**
 * Reads a post's YAML front matter with gray-matter. Only YAML is read: any
 * other language after the opening fence (`---js`, ...) is refused before
 * gray-matter sees it, so front matter is never executed.
 *
 * `source` must already be decoded, without a byte-order mark and with `\n` line endings.
 */
export function readFrontMatter(source: string, file: string): FrontMatterResult {
  const opening = OPENING.exec(source);
  if (!opening) {
    return fail(file, 1, 1, "the file has no front matter; expected it to start with a line ---, then fields such as title: and date:, then ---");
  }
  const language = (opening[1] ?? "").trim().toLowerCase();
  if (!YAML_LANGUAGES.has(language)) {
    return fail(file, 1, 4, `front matter in "${language}" is refused; only YAML front matter is read, and front matter is never run as code`);
  }
  const rest = source.slice(opening[0].length);
  if (!CLOSING.test(rest) && !/^---[ \t]*$/.test(rest)) {
    return fail(file, 1, 1, "the front matter block opened here is never closed; expected a line --- after the last field");
  }

  const lineCounter = new LineCounter();
  let document: Document | undefined;
  const parseYaml = (text: string): Record<string, unknown> => {
    document = parseDocument(text, { schema: "core", lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = document.errors.map((error): Problem => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const opened = error.code === "MISSING_CHAR" ? openingQuote(text, line, error.message) : undefined;
      return { file, ...(opened ?? { line, column: col }), message: `broken YAML: ${yamlMessage(error.code, error.message)}` };
    });
    if (problems.length) throw new YamlProblems(problems);
    if (document.contents !== null && !isMap(document.contents)) {
      const kind = Array.isArray(document.toJS()) ? "a list" : "a single value";
      throw new YamlProblems([{ file, line: 2, column: 1, message: `the front matter is ${kind}; expected fields, one per line, such as title: My post` }]);
    }
    return (document.toJS() as Record<string, unknown> | null) ?? {};
  };
  const refuse = (): never => {
    throw new YamlProblems([{ file, line: 1, column: 4, message: "executable front matter is refused; only YAML is read" }]);
  };

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, {
      language: "yaml",
      engines: { yaml: parseYaml, yml: parseYaml, javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse, json: refuse, toml: refuse },
    });
  } catch (error) {
    if (error instanceof YamlProblems) return { ok: false, problems: error.problems };
    throw error;
  }

  const positions = new Map<string, { line: number; column: number }>();
  const contents = document?.contents;
  if (contents && isMap(contents)) {
    for (const pair of contents.items) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (key?.range && key.value !== undefined) {
        const { line, col } = lineCounter.linePos(key.range[0]);
        positions.set(String(key.value), { line, column: col });
      }
    }
  }
  return { ok: true, value: { data: parsed.data, body: parsed.content, positions } };
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
