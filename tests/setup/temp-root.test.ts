import path from "node:path";
import { expect, it } from "vitest";
import { TEMP_ROOT_VARIABLE, tempDir } from "../helpers/site.ts";

it("makes a test's temporary folders inside the run's own folder, which the run removes at its end", () => {
  const root = process.env[TEMP_ROOT_VARIABLE];
  expect(root && path.basename(root)).toMatch(/^broadsheet-tests-/);
  expect(path.dirname(tempDir())).toBe(root);
});
