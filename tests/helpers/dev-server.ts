import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { ENGINE_ROOT, tempDir } from "./site.ts";

/**
 * A copy of the whole project as a user's checkout has it (every file git
 * tracks or would track, .gitignore included; node_modules linked), so a
 * test can edit templates and src/ freely and sees what a user sees.
 */
export function copyProject(): string {
  const root = tempDir("broadsheet-project-");
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ENGINE_ROOT }).toString().split("\0").filter(Boolean);
  for (const file of files) {
    const from = path.join(ENGINE_ROOT, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    copyFileSync(from, path.join(root, file));
  }
  symlinkSync(path.join(ENGINE_ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  return root;
}

export interface DevServer {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the dev server in `root` as `npm start` runs it (`src/cli/serve.ts`,
 * or `npm start` itself with `viaNpm`), on a free port, and resolves once its
 * first build is done and it watches for changes.
 */
export function startDevServer(root: string, options: { viaNpm?: boolean; args?: string[] } = {}): Promise<DevServer> {
  const args = ["--port", "0", ...(options.args ?? [])];
  const child: ChildProcess = options.viaNpm
    ? spawn("npm", ["start", "--", ...args], { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"] })
    : spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts", ...args], { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid!, "SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`dev server did not start:\n${log}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = / at (http:\/\/localhost:\d+)\//.exec(log);
      if (match?.[1] && (log.includes("Watching for changes.") || log.includes("stop the build") || log.includes("stops the build"))) {
        clearTimeout(timer);
        resolve({ url: match[1], child, output: () => log, stop });
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
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} never gave the expected answer within ${timeoutMs} ms (last: ${last})`);
}
