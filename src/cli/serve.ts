import { existsSync, watch, type FSWatcher } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { PAGES_DIR, type DevelopmentOptions } from "../../.eleventy.ts";
import { startDevServer } from "../eleventy/dev-server.ts";
import { SITE_FOLDERS as SITE_DIRS } from "../content/files.ts";
import { formatProblem, ProblemsError, type Problem } from "../model/problem.ts";
import { runAsScript, SITE_OPTION, siteRoot, type Command } from "./options.ts";

/** The parts of Eleventy's chokidar watcher the dev server uses. */
interface Watcher {
  on(event: "unlink" | "unlinkDir", listener: (file: string) => void): void;
  add(path: string): void;
  unwatch(path: string): void;
}

/** Where the dev server builds: a folder of its own under the git-ignored cache, never `_site/`, so a draft it shows is never deployed. */
export const DEV_DIR = path.join(".cache", "dev-site");

/** Where Broadsheet itself lives: `.eleventy.ts`, `templates/`, `src/`. */
const ENGINE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CONFIG = pathToFileURL(path.join(ENGINE_ROOT, ".eleventy.ts")).href;

function portOption(value: string | undefined): number {
  if (value === undefined) return 8080;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new ProblemsError([{ file: "(command line)", field: "--port", message: `"${value}" is not a port; expected a number from 0 to 65535, such as 8080` }]);
  return port;
}

/** Resolves at the first change to the site's files or the engine's code: a start that failed waits for the fix. */
function nextChange(folders: readonly string[], signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const watchers: FSWatcher[] = [];
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      for (const watcher of watchers) watcher.close();
      clearTimeout(timer);
      resolve();
    };
    for (const [folder, recursive] of folders.map((folder, i) => [folder, i > 0] as const)) {
      try {
        watchers.push(watch(folder, { recursive }, () => (clearTimeout(timer), (timer = setTimeout(done, 200)))));
      } catch {
        // a folder that is not there (yet): the site root's watcher sees it appear
      }
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * `npm start [-- --port 8080] [--host localhost] [--site <folder>]`: builds
 * the site with drafts and scheduled posts into `.cache/dev-site/` and
 * serves it, rebuilding on every change to posts, pages, public/, comments, settings,
 * templates and code. It listens on this machine only unless `--host` says
 * otherwise. While a problem stops the build, every page shows it. Ctrl-C,
 * or a signal to npm, stops it and everything it started.
 */
export const serve: Command = async (args, io) => {
  let values;
  let port;
  try {
    ({ values } = parseArgs({ args, options: { ...SITE_OPTION, port: { type: "string" }, host: { type: "string" } } }));
    port = portOption(values.port);
  } catch (error) {
    io.error(error instanceof ProblemsError ? error.message : String((error as Error).message));
    return 1;
  }
  const root = siteRoot(values.site);
  const host = values.host ?? "localhost";
  const outDir = path.join(root, DEV_DIR);
  await rm(outDir, { recursive: true, force: true });

  let problems: readonly Problem[] = [];
  const server = await startDevServer({ dir: outDir, port, host, problems: () => problems, log: (line) => io.log(line) });
  const report = (now: readonly Problem[]) => {
    const changed = now.map(formatProblem).join("\n") !== problems.map(formatProblem).join("\n");
    problems = now;
    // The pages on disk stay the last good ones: a reload shows them with the banner, or without it once fixed.
    if (changed && now.length) server.reload();
  };

  const stop = new AbortController();
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const onSignal = () => stop.abort();
  for (const signal of signals) process.on(signal, onSignal);
  // npm runs the command through a shell, which a signal to npm may stop without passing it on: an orphan stops too.
  const parent = process.ppid;
  const orphaned = setInterval(() => process.ppid !== parent && stop.abort(), 250);
  orphaned.unref();

  let configurations = 0;
  const eleventy = new Eleventy(PAGES_DIR, outDir, {
    // No configuration file: each configuration imports .eleventy.ts as the code is now.
    configPath: "",
    quietMode: true,
    runMode: "watch",
    config: async (eleventyConfig: Parameters<typeof import("../../.eleventy.ts").broadsheet>[0]) => {
      // A fresh .eleventy.ts for every configuration; the modules it imports are fresh once changed (Eleventy's import-cache busting).
      const { developmentBuild } = (await import(`${CONFIG}?configuration=${++configurations}`)) as { developmentBuild: (config: typeof eleventyConfig, options: DevelopmentOptions) => void };
      developmentBuild(eleventyConfig, { root, report });
      eleventyConfig.on("eleventy.after", () => {
        io.log(`Built at ${new Date().toTimeString().slice(0, 8)}.`);
        server.reload();
      });
    },
  });

  io.log(`Serving ${root} at ${server.url} with drafts and scheduled posts, built into ${path.relative(root, outDir)}/ (never _site/).`);
  if (host === "localhost") io.log("Only this machine can open it; --host 0.0.0.0 opens it to your network.");
  let run: ((file: string) => Promise<void>) | undefined;
  while (!run && !stop.signal.aborted) {
    try {
      await eleventy.init();
      run = (await eleventy.watch()) as (file: string) => Promise<void>;
    } catch (error) {
      if (!problems.length) {
        io.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        stop.abort();
        break;
      }
      // The problems are in the terminal and on every page; the first build runs again once a file changes.
      await nextChange([root, ...SITE_DIRS.map((name) => path.join(root, name)), path.join(ENGINE_ROOT, "src"), path.join(ENGINE_ROOT, "templates")], stop.signal);
    }
  }
  const watcher = (eleventy as unknown as { watcher?: Watcher }).watcher;
  if (run && watcher) {
    // Eleventy rebuilds on added and changed files only; a deleted post (or posts/ moved away) must rebuild too. Its watcher
    // also drops the deletion of a file it has not reported as added yet, so the site's folders get a watcher of their own.
    const rebuild = run;
    watcher.on("unlink", (file) => void rebuild(file));
    watcher.on("unlinkDir", (file) => void rebuild(file));
    const deletions = new Map<string, FSWatcher>();
    const followDeletions = (folder: string) => {
      deletions.get(folder)?.close();
      try {
        const follower = watch(folder, { recursive: true }, (_event, name) => {
          const file = name ? path.join(folder, name) : folder;
          if (!existsSync(file)) void rebuild(file);
        });
        follower.on("error", () => follower.close());
        deletions.set(folder, follower);
      } catch {
        deletions.delete(folder); // not there now: followed again when it comes back
      }
    };
    const folders: readonly string[] = SITE_DIRS;
    for (const name of folders) followDeletions(path.join(root, name));
    // posts/, pages/, public/ or comments/ moved away and back is watched anew: Eleventy's watcher does not see a watched folder come back.
    const comeback = watch(root, (_event, name) => {
      if (!name || !folders.includes(name)) return;
      const folder = path.join(root, name);
      if (!existsSync(folder)) return;
      watcher.unwatch(folder);
      watcher.add(folder);
      followDeletions(folder);
      void rebuild(folder);
    });
    stop.signal.addEventListener("abort", () => [comeback, ...deletions.values()].forEach((follower) => follower.close()), { once: true });
    io.log("Watching for changes.");
  }

  await new Promise<void>((resolve) => (stop.signal.aborted ? resolve() : stop.signal.addEventListener("abort", () => resolve(), { once: true })));
  clearInterval(orphaned);
  for (const signal of signals) process.off(signal, onSignal);
  await Promise.all([server.close(), (eleventy as unknown as { stopWatch(): Promise<void> }).stopWatch().catch(() => undefined)]);
  io.log("Stopped.");
  return run ? 0 : 1;
};

runAsScript(import.meta.url, serve, { exit: true });
