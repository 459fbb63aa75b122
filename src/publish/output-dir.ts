import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readFileSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ProblemsError } from "../model/problem.ts";

/** Folders a build must never replace, because they hold what the writer wrote or the engine itself. */
export function protectedDirs(root: string, engineRoot: string): string[] {
  return [root, engineRoot, path.join(root, "posts"), path.join(engineRoot, "templates"), path.join(engineRoot, "src")];
}

/**
 * Refuses an output folder that is, or contains, the site, its posts, the
 * templates or the source: replacing it would delete what the writer wrote.
 */
export function checkOutputDir(outDir: string, root: string, engineRoot: string): void {
  const out = path.resolve(outDir);
  for (const dir of protectedDirs(path.resolve(root), path.resolve(engineRoot))) {
    const relative = path.relative(out, dir);
    if (relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative))) {
      throw new ProblemsError([
        { file: "(command line)", field: "output folder", message: `${out} is or contains ${dir}, which a build must never replace; expected a folder of its own such as _site` },
      ]);
    }
  }
}

/** Whether a process runs (a zombie, dead but not yet reaped, does not). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true; // no /proc (macOS): kill(0) is all there is to know
  }
}

/** The file beside a staging folder that names the build's helper processes (Pagefind), so a later build can stop them if this one is killed. */
function helpersFile(staging: string): string {
  return `${staging}.pids`;
}

/** The child processes of this one that run `name` (Linux; elsewhere none are found). */
async function childrenNamed(name: RegExp): Promise<number[]> {
  const entries = await readdir("/proc").catch(() => [] as string[]);
  const children: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const match = /^\d+ \((.*)\) \S (\d+)/.exec(stat);
    if (match && Number(match[2]) === process.pid && name.test(match[1]!)) children.push(Number(entry));
  }
  return children;
}

/** Pagefind's indexer runs as `pagefind` or `pagefind_extended`. */
const PAGEFIND = /^pagefind/;

/**
 * Writes down this build's Pagefind processes beside its staging folder. A
 * build killed with `kill -9` cannot stop them itself; the next build reads
 * this and does.
 */
export async function recordHelpers(staging: string): Promise<void> {
  await writeFile(helpersFile(staging), JSON.stringify({ pid: process.pid, pagefind: await childrenNamed(PAGEFIND) }));
}

/** Forgets this build's helper processes, once they have been stopped. */
export async function forgetHelpers(staging: string): Promise<void> {
  await rm(helpersFile(staging), { force: true });
}

/**
 * Removes what builds that died left beside the output folder: their
 * staging folders (`_site.building-<pid>`), old outputs of a swap cut short
 * (`_site.old-<pid>`), and the Pagefind processes they had started. Nothing
 * of a build whose process still runs is touched: it may be a concurrent
 * build. Gives the names of what was removed.
 */
export async function removeLeftovers(outDir: string, running: (pid: number) => boolean = isRunning): Promise<string[]> {
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  const pattern = new RegExp(`^${path.basename(out).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(?:building|old)-(\\d+)(?:\\.pids)?$`);
  const removed: string[] = [];
  for (const name of (await readdir(parent).catch(() => [] as string[])).sort()) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (Number.isNaN(pid) || pid === process.pid || running(pid)) continue;
    const file = path.join(parent, name);
    if (name.endsWith(".pids")) {
      const helpers = (JSON.parse(await readFile(file, "utf8").catch(() => "{}")) as { pagefind?: unknown }).pagefind;
      for (const helper of Array.isArray(helpers) ? helpers : []) {
        if (typeof helper !== "number" || !running(helper)) continue;
        // Only a process that is still Pagefind: the number may have been given to another process since.
        const name = await readFile(`/proc/${helper}/stat`, "utf8").then((stat) => /^\d+ \((.*)\)/.exec(stat)?.[1] ?? "", () => "");
        if (PAGEFIND.test(name)) process.kill(helper, "SIGKILL");
      }
    }
    await rm(file, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * A fresh, empty sibling of the output folder to build into (same file
 * system, so the swap is a rename), once the leftovers of builds that died
 * are gone.
 */
export async function stagingDir(outDir: string): Promise<string> {
  await removeLeftovers(outDir);
  const staging = `${path.resolve(outDir)}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  return staging;
}

/** Puts a finished build in place of the old output, which stays untouched until this moment. */
export async function replaceOutput(staging: string, outDir: string): Promise<void> {
  const out = path.resolve(outDir);
  const old = `${out}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  const hadOutput = existsSync(out);
  if (hadOutput) await rename(out, old);
  try {
    await rename(staging, out);
  } catch (error) {
    if (hadOutput) await rename(old, out);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * Links each of `files` (paths relative to `from`) to the same path under
 * `to`, making folders as needed, and gives how many it linked. A file
 * already under `to` is left as it is; a file system without hard links
 * gets copies. A link shares its file with the old output, which no build
 * writes to again: every build writes into a new staging folder.
 * Synchronous: thousands of small calls, each far cheaper than a trip
 * through the thread pool.
 */
export function linkFiles(from: string, to: string, files: Iterable<string>): number {
  const made = new Set<string>();
  let linked = 0;
  for (const file of files) {
    const target = path.join(to, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(path.join(from, file), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      copyFileSync(path.join(from, file), target, constants.COPYFILE_EXCL);
    }
    linked++;
  }
  return linked;
}
