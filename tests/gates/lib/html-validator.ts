import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The Nu Html Checker shipped by the `vnu-jar` package. */
// The package exports the jar's path as a String object.
export const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));

export interface HtmlProblem {
  /** Relative to the checked folder. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

interface VnuMessage {
  readonly type: "error" | "info" | "non-document-error";
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly message: string;
}

export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.html?$/i.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Every error the Nu Html Checker finds in the HTML files under `dir`, in one
 * run of Java (its start-up costs seconds, so a site is checked in one go).
 *
 * CSS is not checked here: with `--also-check-css` this vnu reports HTML line
 * numbers one too low for files checked after a stylesheet.
 */
export async function validateHtml(dir: string): Promise<HtmlProblem[]> {
  const files = await htmlFiles(dir);
  if (!files.length) throw new Error(`no HTML files to check in ${dir}`);
  const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    execFile(
      "java",
      ["-jar", VNU_JAR, "--format", "json", "--errors-only", "--skip-non-html", dir],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, _stdout, stderrText) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ code: error ? Number(error.code) : 0, stderr: stderrText });
      },
    );
  });
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(stderr) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`the Nu Html Checker did not report in JSON (exit code ${code}):\n${stderr}`);
  }
  const problems = report.messages
    .filter((message) => message.type === "error" || message.type === "non-document-error")
    .map((message) => ({
      file: message.url ? path.relative(dir, fileURLToPath(message.url)) : "(unknown file)",
      ...(message.lastLine ? { line: message.lastLine } : {}),
      ...(message.firstColumn ? { column: message.firstColumn } : {}),
      message: message.message,
    }));
  // vnu exits 1 exactly when it found errors; anything else is a checker that did not run properly.
  if ((code === 0) !== (problems.length === 0)) {
    throw new Error(`the Nu Html Checker exited with ${code} and reported ${problems.length} errors:\n${stderr}`);
  }
  return problems;
}

export function describeHtmlProblem(problem: HtmlProblem): string {
  const where = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ""}` : "";
  return `${problem.file}${where}: ${problem.message}`;
}
