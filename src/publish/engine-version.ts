import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** What shapes every page besides the site: the engine's code and templates, and the exact versions of its dependencies. */
const ENGINE_PARTS = ["src", "templates", ".eleventy.ts", "package-lock.json"];

/**
 * A hash of the engine as it is on disk: every file of `src/` and
 * `templates/`, `.eleventy.ts`, the lock file (each dependency's exact
 * version) and Node's version. Anything kept between builds is kept under
 * it, so an upgrade or a local edit of a template never serves what an
 * older engine made.
 */
export async function engineVersion(engineRoot: string): Promise<string> {
  const hash = createHash("sha256").update(process.version);
  for (const part of ENGINE_PARTS) {
    const full = path.join(engineRoot, part);
    const entries = await readdir(full, { recursive: true, withFileTypes: true }).catch(() => undefined);
    // Sorted, as the order a folder is listed in differs between file systems.
    const files = entries ? entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort() : [full];
    for (const file of files) {
      const bytes = await readFile(file).catch(() => undefined);
      hash.update(path.relative(engineRoot, file)).update("\0").update(bytes ?? "(none)").update("\0");
    }
  }
  return hash.digest("hex");
}
