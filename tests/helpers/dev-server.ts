import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, symlinkSync } from "node:fs";
import path from "node:path";
import { ENGINE_ROOT, tempDir } from "./site.ts";

/** A copy of the whole project (node_modules linked), so a test can edit templates and src/ freely. */
export function copyProject(): string {
  const root = tempDir("broadsheet-project-");
  for (const entry of [".eleventy.ts", "package.json", "tsconfig.json", "site.config.ts", "src", "templates", "posts", "comments"]) {
    cpSync(path.join(ENGINE_ROOT, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(ENGINE_ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  return root;
}

export interface DevServer {
  readonly url: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/**
 * Chokidar finishes its first scan a moment after Eleventy logs "Watching…";
 * a file written before then counts as already there and triggers nothing.
 */
const WATCHER_SETTLE_MS = 1000;

/** Starts `npm start`'s command in `root` and resolves once the first build is done and its watcher is ready. */
export function startDevServer(root: string): Promise<DevServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--serve", "--port=0"],
    { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, BROADSHEET_SITE: root } },
  );
  let log = "";
  let settling = false;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid!, "SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`dev server did not start:\n${log}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /Server at (http:\/\/localhost:\d+)\//.exec(log);
      if (match?.[1] && log.includes("Watching…") && !settling) {
        settling = true;
        clearTimeout(timer);
        const url = match[1];
        setTimeout(() => resolve({ url, output: () => log, stop }), WATCHER_SETTLE_MS);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`dev server exited with ${code}:\n${log}`));
    });
  });
}

/** Polls `url` until `accept` is true of the response, and says how long that took. */
export async function waitFor(url: string, accept: (status: number, body: string) => boolean, timeoutMs = 20_000): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  let last = "";
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (accept(response.status, body)) return { ms: performance.now() - started, body };
      last = `${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never gave the expected answer within ${timeoutMs} ms (last: ${last})`);
}
