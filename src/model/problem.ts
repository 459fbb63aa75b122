/**
 * A problem found in a writer's file. Problems are values, not thrown strings,
 * so one run can collect every problem and print them all in one format.
 */
export interface Problem {
  /** Path relative to the site root, with forward slashes: `posts/x.md`. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The front matter field or setting at fault, when there is one. */
  readonly field?: string;
  readonly message: string;
  /** A warning is printed but does not stop the build. Problems are errors unless they say otherwise. */
  readonly severity?: "error" | "warning";
}

export function isWarning(problem: Problem): boolean {
  return problem.severity === "warning";
}

export function formatProblem(problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) {
    where += `:${problem.line}`;
    if (problem.column !== undefined) where += `:${problem.column}`;
  }
  const field = problem.field ? `${problem.field}: ` : "";
  const severity = isWarning(problem) ? "warning: " : "";
  return `${where}: ${severity}${field}${problem.message}`;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

/** One line per problem, then a count: "2 problems found." or "2 problems and 1 warning found." */
export function formatProblems(problems: readonly Problem[]): string {
  const warnings = problems.filter(isWarning).length;
  const errors = problems.length - warnings;
  const summary = warnings ? `${count(errors, "problem")} and ${count(warnings, "warning")} found.` : `${count(errors, "problem")} found.`;
  return `${problems.map(formatProblem).join("\n")}\n${summary}`;
}

/** Problems that did not stop the build, printed after it so the writer can fix them. */
export function formatWarnings(warnings: readonly Problem[]): string {
  const count = warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`;
  return `${warnings.map(formatProblem).join("\n")}\n${count}; the site was built.`;
}

/** Thrown when problems stop a build; carries every problem found in the run. */
export class ProblemsError extends Error {
  readonly problems: readonly Problem[];
  /** Tells Eleventy's error output (the dev server) to print the problems without a stack trace. */
  readonly skipOriginalStack = true;

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = "ProblemsError";
    this.problems = problems;
  }
}
