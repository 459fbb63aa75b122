import { rename, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
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

/** A fresh, empty sibling of the output folder to build into (same file system, so the swap is a rename). */
export async function stagingDir(outDir: string): Promise<string> {
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
