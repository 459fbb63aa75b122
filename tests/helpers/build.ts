import { execFile } from "node:child_process";
import path from "node:path";
import { build } from "../../src/cli/build.ts";
import { buildSite as buildWith, type BuildOptions, type BuildResult } from "../../src/publish/build.ts";
import type { Command } from "../../src/cli/options.ts";
import { ENGINE_ROOT, tempDir } from "./site.ts";

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Builds run one at a time in a test process: Pagefind's indexer is one service per process, which each build closes. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` once every build queued before it has ended, failed or not. */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Runs one of our commands (`src/cli/*.ts`) in the test process, as `npm run`
 * would run it, and gives what it printed and its exit code. Much cheaper
 * than a new process per build; tests that need one (another time zone, a
 * file-handle limit) use {@link runCli}.
 */
export function runCommand(command: Command, args: string[]): Promise<CommandResult> {
  return inTurn(async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await command(args, { log: (line) => stdout.push(`${line}\n`), error: (line) => stderr.push(`${line}\n`) });
    return { code, stdout: stdout.join(""), stderr: stderr.join("") };
  });
}

/** Runs one of our commands (`src/cli/<name>.ts`) in a child process, as a user would. */
export function runCli(name: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(ENGINE_ROOT, "src", "cli", `${name}.ts`), ...args],
      { cwd: ENGINE_ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** `buildSite` of src/publish/build.ts in this process, in turn with the other builds, for tests that look at the site value it gives. */
export function buildValue(options: BuildOptions): Promise<BuildResult> {
  return inTurn(() => buildWith(options));
}

export interface BuiltSite extends CommandResult {
  readonly root: string;
  readonly outDir: string;
}

/**
 * Builds `root` with `npm run build`'s command, in this process, into `outDir`
 * (default: a new temporary folder), as of `now` (default: the real now),
 * reading posts with `workers` worker threads (default: as the build decides),
 * with the build cache of `root/.cache/build/` unless `noCache`.
 */
export async function buildSite(root: string, options: { outDir?: string; now?: string; workers?: number; noCache?: boolean } = {}): Promise<BuiltSite> {
  const outDir = options.outDir ?? path.join(tempDir("broadsheet-out-"), "_site");
  const workers = options.workers === undefined ? [] : ["--workers", String(options.workers)];
  const result = await runCommand(build, ["--site", root, "--out", outDir, ...(options.now ? ["--now", options.now] : []), ...workers, ...(options.noCache ? ["--no-cache"] : [])]);
  return { ...result, root, outDir };
}

