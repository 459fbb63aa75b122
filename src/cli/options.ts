import path from "node:path";
import { pathToFileURL } from "node:url";
import { ProblemsError } from "../model/problem.ts";

/** Every command takes `--site`, the site's folder (`posts/`, `site.config.ts`); the current folder by default. */
export const SITE_OPTION = { site: { type: "string" } } as const;

export function siteRoot(site: string | undefined): string {
  return path.resolve(site ?? process.cwd());
}

/** `--now 2026-01-31` builds as of another day (any date `Date.parse` reads); now by default. */
export function nowOption(value: string | undefined): number {
  if (value === undefined) return Date.now();
  const now = Date.parse(value);
  if (Number.isNaN(now)) throw new ProblemsError([{ file: "(command line)", field: "--now", message: `"${value}" is not a date; expected for example 2026-01-31` }]);
  return now;
}

/** Where a command prints: the terminal when run as a command, a record of the lines when a test runs it. */
export interface Io {
  log(line: string): void;
  error(line: string): void;
}

/** A command: its arguments in, its exit code out. */
export type Command = (args: string[], io: Io) => Promise<number>;

/**
 * Runs `command` with the process's arguments when its module is the script
 * Node was started with (`npm run build`), not when a test imports it.
 * `exit`: end the process when the command is done, whatever it left open
 * (the dev server's watchers and sockets).
 */
export function runAsScript(moduleUrl: string, command: Command, options: { exit?: boolean } = {}): void {
  if (process.argv[1] && moduleUrl === pathToFileURL(path.resolve(process.argv[1])).href) {
    void command(process.argv.slice(2), console).then((code) => {
      if (options.exit) process.exit(code);
      process.exitCode = code;
    });
  }
}

/** `--workers 3` reads posts in three worker threads, `--workers 0` in the main thread; "auto" by default (src/content/post-pool.ts). */
export function workersOption(value: string | undefined): number | "auto" {
  if (value === undefined || value === "auto") return "auto";
  if (!/^\d{1,2}$/.test(value)) throw new ProblemsError([{ file: "(command line)", field: "--workers", message: `"${value}" is not a number of worker threads; expected for example 2, 0 for none, or auto` }]);
  return Number(value);
}
