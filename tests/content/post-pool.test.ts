import { describe, expect, it } from "vitest";
import { workersOption } from "../../src/cli/options.ts";
import { workerCount } from "../../src/content/post-pool.ts";

describe("how many worker threads read posts", () => {
  it("starts none for a small site or on two cores unless asked, and leaves the main thread a core otherwise", () => {
    expect(workerCount("auto", 3, 8)).toBe(0);
    expect(workerCount("auto", 5000, 8)).toBe(7);
    expect(workerCount("auto", 5000, 2)).toBe(0);
    expect(workerCount(3, 1, 2)).toBe(3);
    expect(workerCount(0, 5000, 8)).toBe(0);
  });

  it("reads --workers as a count or auto, and refuses anything else with one line", () => {
    expect(workersOption(undefined)).toBe("auto");
    expect(workersOption("auto")).toBe("auto");
    expect(workersOption("0")).toBe(0);
    expect(workersOption("3")).toBe(3);
    for (const bad of ["many", "-1", "2.5", "999"]) {
      expect(() => workersOption(bad)).toThrow(`(command line): --workers: "${bad}" is not a number of worker threads; expected for example 2, 0 for none, or auto`);
    }
  });
});
