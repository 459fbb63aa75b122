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
 * Every error the Nu Html Checker finds in the HTML files under each of
 * `dirs`, listed under its folder and named relative to it. One run of Java
 * checks them all: its start-up costs seconds (six gate sites take about 3 s
 * together, 2.5 s each apart).
 *
 * CSS is not checked here: with `--also-check-css` this vnu reports HTML line
 * numbers one too low for files checked after a stylesheet.
 */
export async function validateHtml(dirs: readonly string[]): Promise<ReadonlyMap<string, HtmlProblem[]>> {
  for (const dir of dirs) if (!(await htmlFiles(dir)).length) throw new Error(`no HTML files to check in ${dir}`);
  const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    execFile(
      "java",
      ["-jar", VNU_JAR, "--format", "json", "--errors-only", "--skip-non-html", ...dirs],
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
  const problems = new Map<string, HtmlProblem[]>(dirs.map((dir) => [dir, []]));
  let count = 0;
  for (const message of report.messages) {
    if (message.type !== "error" && message.type !== "non-document-error") continue;
    const file = message.url ? fileURLToPath(message.url) : undefined;
    const dir = file ? dirs.find((candidate) => !path.relative(candidate, file).startsWith("..")) : undefined;
    const problem = {
      file: file && dir ? path.relative(dir, file) : "(unknown file)",
      ...(message.lastLine ? { line: message.lastLine } : {}),
      ...(message.firstColumn ? { column: message.firstColumn } : {}),
      message: message.message,
    };
    // An error vnu cannot place in a folder is reported under every folder: nothing passes unseen.
    for (const target of dir ? [dir] : dirs) problems.get(target)?.push(problem);
    count++;
  }
  // vnu exits 1 exactly when it found errors; anything else is a checker that did not run properly.
  if ((code === 0) !== (count === 0)) {
    throw new Error(`the Nu Html Checker exited with ${code} and reported ${count} errors:\n${stderr}`);
  }
  return problems;
}

export function describeHtmlProblem(problem: HtmlProblem): string {
  const where = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ""}` : "";
  return `${problem.file}${where}: ${problem.message}`;
}
