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
}

export function formatProblem(problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) {
    where += `:${problem.line}`;
    if (problem.column !== undefined) where += `:${problem.column}`;
  }
  const field = problem.field ? `${problem.field}: ` : "";
  return `${where}: ${field}${problem.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map(formatProblem);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return `${lines.join("\n")}\n${count} found.`;
}

/** Problems that did not stop the build, printed after it so the writer can fix them. */
export function formatWarnings(warnings: readonly Problem[]): string {
  const count = warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`;
  return `${warnings.map(formatProblem).join("\n")}\n${count}; the site was built.`;
}

/** Thrown when problems stop a build; carries every problem found in the run. */
export class ProblemsError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = "ProblemsError";
    this.problems = problems;
  }
}
