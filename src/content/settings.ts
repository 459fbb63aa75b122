import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ProblemsError, type Problem } from "../model/problem.ts";
import { settingsSchema, type Settings } from "../model/settings.ts";

export const SETTINGS_FILE = "site.config.ts";

export function validateSettings(raw: unknown, file = SETTINGS_FILE): Settings {
  const result = settingsSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.map((issue) => ({
    file,
    field: issue.path.join(".") || "(settings)",
    message: issue.message,
  }));
  throw new ProblemsError(problems);
}

/** Reads `site.config.ts` from the site root; a site without one is refused with the file to write. */
export async function loadSettings(root: string): Promise<Settings> {
  const file = path.join(root, SETTINGS_FILE);
  if (!existsSync(file)) {
    throw new ProblemsError([{ file: SETTINGS_FILE, message: "not found; every site needs one (see the README's Configuration section)" }]);
  }
  const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  return validateSettings(module.default);
}
