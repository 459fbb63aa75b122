import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The minimal Hugo site of the benchmark: posts, a paginated home page, tag and author pages, RSS, a sitemap. */
export const HUGO_SITE = fileURLToPath(new URL("./hugo/", import.meta.url));

/** Hugo's version line, installing Debian's `hugo` when it is missing and we may (root); undefined, with the reason on stderr, when there is none. */
export function findHugo(): string | undefined {
  const version = () => spawnSync("hugo", ["version"], { encoding: "utf8" });
  let found = version();
  if (found.status !== 0 && process.getuid?.() === 0) {
    console.error("Hugo is missing: apt-get install -y hugo");
    spawnSync("apt-get", ["install", "-y", "hugo"], { stdio: "inherit" });
    found = version();
  }
  if (found.status !== 0) {
    console.error("Hugo is not installed (apt-get install hugo), so the Hugo rows are left out.");
    return undefined;
  }
  return found.stdout.trim();
}

/** Arguments for `hugo` building the corpus at `site` into `out`, with its cache in `cache`. */
export function hugoArgs(site: string, out: string, cache: string): string[] {
  return ["--quiet", "--source", HUGO_SITE, "--contentDir", site, "--destination", out, "--cacheDir", cache];
}
