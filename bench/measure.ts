import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";

/** One timed process (and everything it starts). */
export interface Measured {
  /** Wall-clock seconds. */
  readonly seconds: number;
  /** User plus system CPU seconds of the process and its children: less at the mercy of a busy machine than the wall clock. */
  readonly cpuSeconds: number;
  /** Peak resident memory of the largest single process (GNU time's %M, exact). */
  readonly largestMb: number;
  /** Peak of the summed resident memory of every process of the run, sampled from /proc every 50 ms. */
  readonly allMb: number;
  /** What the process wrote on stderr. */
  readonly stderr: string;
}

const PAGE_KB = 4;

/** The summed resident memory (kB) of every process in process group `group`. */
function groupRssKb(group: number): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "latin1");
    } catch {
      continue; // gone meanwhile
    }
    // Fields after the command name (which may hold spaces), which ends at the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === group) total += Number(fields[21]) * PAGE_KB;
  }
  return total;
}

/**
 * Runs `command args` under GNU time in a process group of its own, and
 * samples the group's memory while it runs. Rejects when it fails.
 */
export function measure(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("/usr/bin/time", ["-f", "BENCH_TIME rss=%M user=%U sys=%S", command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, groupRssKb(child.pid!))), 50);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const time = /BENCH_TIME rss=(\d+) user=([\d.]+) sys=([\d.]+)/.exec(stderr);
      if (code !== 0 || !time) return reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${stderr.slice(-2000)}`));
      const largestMb = Number(time[1]) / 1024;
      resolve({ seconds, cpuSeconds: Number(time[2]) + Number(time[3]), largestMb, allMb: Math.max(peak / 1024, largestMb), stderr });
    });
  });
}

/** The load averages now, as `uptime` prints them. */
export function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");
}
