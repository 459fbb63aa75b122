import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ProblemsError, type Problem } from "../model/problem.ts";
import { providerSettingsSchemas, settingsSchema, THEME_SETTINGS, type Settings } from "../model/settings.ts";
import { intendedField } from "./field-names.ts";
import { STATIC_DIRS } from "./static-files.ts";

export const SETTINGS_FILE = "site.config.ts";

/** What the settings file must look like, for problems that say what was expected. */
const EXAMPLE = 'export default { title: "My Blog", url: "https://example.com/" }';

/** The settings that may be given at `path` (the top level, or `comments` with the provider `raw` names). */
function knownSettings(at: readonly PropertyKey[], raw: unknown): readonly string[] {
  if (at.length === 0) return Object.keys(settingsSchema.shape);
  if (at.length === 1 && at[0] === "theme") return THEME_SETTINGS;
  if (at.length === 2 && at[0] === "theme" && at[1] === "accent") return ["light", "dark"];
  if (at.length === 1 && at[0] === "comments") {
    const provider = (raw as { comments?: { provider?: unknown } } | undefined)?.comments?.provider;
    const schema = typeof provider === "string" && provider in providerSettingsSchemas ? providerSettingsSchemas[provider as keyof typeof providerSettingsSchemas] : undefined;
    return schema ? Object.keys(schema.shape) : ["provider", "enabled", "privacyPolicy"];
  }
  return [];
}

/** Where `name:` is written in the settings file's text, if it is there once to be found. */
function positionOf(source: string | undefined, name: string): { line?: number; column?: number } {
  if (source === undefined) return {};
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lines = source.split("\n");
  const pattern = new RegExp(`(^|[\\s{,])["']?${escaped}["']?\\s*:`);
  for (let i = 0; i < lines.length; i++) {
    const match = pattern.exec(lines[i]!);
    if (match) return { line: i + 1, column: match.index + match[1]!.length + 1 };
  }
  return {};
}

/**
 * Checks the settings against their schema. A setting Broadsheet does not
 * know is named with the one it was probably meant to be (`titel` → did you
 * mean "title"?), like a misspelt front matter field; `source`, the file's
 * text, gives the line of such a setting.
 */
export function validateSettings(raw: unknown, file = SETTINGS_FILE, source?: string): Settings {
  const result = settingsSchema.safeParse(raw);
  if (result.success) return result.data;
  /** Settings a misspelt one was meant to be: "did you mean title?" already says what "title is missing" would. */
  const meant = new Set<string>();
  const misspelt: Problem[] = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code !== "unrecognized_keys") return [];
    const known = knownSettings(issue.path, raw);
    return issue.keys.map((key) => {
      const intended = intendedField(key, known);
      if (intended) meant.add([...issue.path, intended].join("."));
      return {
        file,
        ...positionOf(source, key),
        field: [...issue.path, key].join("."),
        message: intended ? `is not a setting Broadsheet knows; did you mean "${intended}"?` : `is not a setting Broadsheet knows; expected one of ${known.join(", ")}`,
      };
    });
  });
  const others = result.error.issues.flatMap((issue): Problem[] => {
    const field = issue.path.join(".");
    if (issue.code === "unrecognized_keys" || (meant.has(field) && issue.code === "invalid_type" && issue.input === undefined)) return [];
    return [{ file, ...(issue.path.length ? positionOf(source, String(issue.path.at(-1))) : {}), field: field || "(settings)", message: issue.message }];
  });
  throw new ProblemsError([...others, ...misspelt]);
}

/** The first line of an error's message, without the path esbuild or Node put in front of it. */
function firstLine(text: string): string {
  return text.split("\n")[0]!.trim();
}

/**
 * One problem for a settings file that could not be run: a syntax error
 * (esbuild's `file:line:column: ERROR: text`) or an error thrown while it
 * ran (the line of the stack inside the file), never a stack trace.
 */
export function settingsFileProblem(error: unknown, file: string): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const base = path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const syntax = new RegExp(`${base}(?:\\?[^:\\s]*)?:(\\d+):(\\d+): ERROR: (.+)`).exec(text);
  if (syntax) {
    return { file: SETTINGS_FILE, line: Number(syntax[1]), column: Number(syntax[2]) + 1, message: `is not valid TypeScript: ${syntax[3]}; expected the settings as ${EXAMPLE}` };
  }
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const frame = new RegExp(`${base}(?:\\?[^:\\s)]*)?:(\\d+):(\\d+)`).exec(stack);
  const name = error instanceof Error ? error.name : "Error";
  return {
    file: SETTINGS_FILE,
    ...(frame ? { line: Number(frame[1]), column: Number(frame[2]) } : {}),
    message: `stopped with ${name}: ${firstLine(text)}; expected a file that only gives the settings, as ${EXAMPLE}`,
  };
}

/**
 * Reads `site.config.ts` from the site root; a site without one is refused
 * with the file to write. The file is imported afresh whenever it changes
 * (its modification time is part of the module's address), so the dev
 * server follows it, also after an edit that did not run.
 */
export async function loadSettings(root: string): Promise<Settings> {
  const file = path.join(root, SETTINGS_FILE);
  if (!existsSync(file)) {
    throw new ProblemsError([{ file: SETTINGS_FILE, message: "not found; every site needs one (see the README's Configuration section)" }]);
  }
  const info = await stat(file);
  let module: { default?: unknown };
  try {
    module = (await import(`${pathToFileURL(file).href}?v=${info.mtimeMs}-${info.size}`)) as { default?: unknown };
  } catch (error) {
    throw new ProblemsError([settingsFileProblem(error, file)]);
  }
  return validateSettings(module.default, SETTINGS_FILE, await readFile(file, "utf8").catch(() => undefined));
}

/** The static folder, whose files are published at the site's root: `public/logo.svg` → `/logo.svg`. */

/** A theme file (logo, favicon, stylesheet) the settings name that is not in the static folder. */
export function themeFileProblems(root: string, settings: Settings): Problem[] {
  const { theme } = settings;
  return (["logo", "favicon", "stylesheet"] as const).flatMap((field): Problem[] => {
    const file = theme[field];
    if (file === undefined || existsSync(path.join(root, STATIC_DIRS[0], file))) return [];
    return [{ file: SETTINGS_FILE, field: `theme.${field}`, message: `is "${file}", but ${STATIC_DIRS[0]}/${file} does not exist; expected a file in the site's ${STATIC_DIRS[0]}/ folder, named relative to it` }];
  });
}
