import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM } from "../../helpers/browser.ts";

/**
 * The programs the gates drive that npm cannot install: Debian's Chromium, a
 * Java runtime for the Nu Html Checker and Python's feedparser. `.ci/run`
 * installs the same packages before `npm ci`.
 */
export interface SystemTool {
  /** What the gates use it for, in a failure message. */
  readonly purpose: string;
  /** The Debian package that provides it. */
  readonly debianPackage: string;
  /** True when the tool is there and runs. */
  readonly present: () => boolean;
}

/** Debian's own Python, where python3-feedparser installs; `python3` on PATH may be another one. */
export const DEBIAN_PYTHON = "/usr/bin/python3";

export const SYSTEM_TOOLS: readonly SystemTool[] = [
  { purpose: `Chromium at ${CHROMIUM} (browser, axe and offline gates)`, debianPackage: "chromium", present: () => existsSync(CHROMIUM) },
  { purpose: "java (the Nu Html Checker)", debianPackage: "default-jre-headless", present: () => runs("java", ["-version"]) },
  { purpose: `feedparser for ${DEBIAN_PYTHON} (the feed gate)`, debianPackage: "python3-feedparser", present: () => runs(DEBIAN_PYTHON, ["-c", "import feedparser"]) },
];

function runs(command: string, args: readonly string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

export function missingTools(tools: readonly SystemTool[] = SYSTEM_TOOLS): SystemTool[] {
  return tools.filter((tool) => !tool.present());
}

/** The command that installs `tools`; with `sudo` for a user who is not root. */
export function installCommand(tools: readonly SystemTool[], sudo = false): string {
  const aptGet = sudo ? "sudo apt-get" : "apt-get";
  return `${aptGet} update && ${aptGet} install -y ${tools.map((tool) => tool.debianPackage).join(" ")}`;
}

export interface EnsureOptions {
  /** Whether to install what is missing with apt-get; by default, when running as root on a machine with apt-get. */
  readonly canInstall?: boolean;
  readonly log?: (line: string) => void;
}

/**
 * Makes sure every tool is there, as `playwright install --with-deps` would:
 * as root with apt-get it installs what is missing; otherwise it throws with
 * the exact command to run. A gate never passes by not running.
 */
export function ensureSystemTools(tools: readonly SystemTool[] = SYSTEM_TOOLS, options: EnsureOptions = {}): void {
  let missing = missingTools(tools);
  if (!missing.length) return;
  const { canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get"), log = console.log } = options;
  if (canInstall) {
    log(`Installing ${missing.map((tool) => tool.debianPackage).join(", ")} for the test gates (${missing.map((tool) => tool.purpose).join("; ")}).`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    // Another apt-get may hold the dpkg lock for a while: wait for it instead of failing.
    const lockWait = ["-o", "DPkg::Lock::Timeout=300"];
    try {
      execFileSync("apt-get", [...lockWait, "update"], { stdio: "inherit", env });
      execFileSync("apt-get", [...lockWait, "install", "-y", ...missing.map((tool) => tool.debianPackage)], { stdio: "inherit", env });
    } catch {
      // Reported below with the command to run by hand.
    }
    missing = missingTools(missing);
    if (!missing.length) return;
  }
  throw new Error(
    `The test gates need ${missing.map((tool) => tool.purpose).join(", ")}, which ${missing.length === 1 ? "is" : "are"} not installed${canInstall ? " and could not be installed" : ""}.\n` +
      `Run: ${installCommand(missing, process.getuid?.() !== 0)}`,
  );
}
