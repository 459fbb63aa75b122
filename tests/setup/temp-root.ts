import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TEMP_ROOT_VARIABLE } from "../helpers/site.ts";

/**
 * Vitest global setup: every temporary folder the tests make (sites, outputs,
 * Chromium's profiles) goes under one folder, removed when the run ends.
 * Tests leave their folders behind, and a run used to leave about 4,000 of
 * them, 3 GB, in /tmp. The folder reaches the workers, which start after
 * this, in their environment. TMPDIR itself is left alone: tsx keeps its
 * compile cache there, and a new one every run made every build in a child
 * process compile the engine again.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), "broadsheet-tests-"));
  // As open as /tmp: a test runs a child process as another user on a site made in here.
  chmodSync(root, 0o1777);
  const before = process.env[TEMP_ROOT_VARIABLE];
  process.env[TEMP_ROOT_VARIABLE] = root;
  return () => {
    if (before === undefined) delete process.env[TEMP_ROOT_VARIABLE];
    else process.env[TEMP_ROOT_VARIABLE] = before;
    rmSync(root, { recursive: true, force: true });
  };
}
