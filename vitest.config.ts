import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const shared: TestProjectInlineConfiguration["test"] = {
  // Tests load Eleventy and our TypeScript modules the way the CLI does.
  execArgv: ["--import", "tsx"],
  pool: "forks",
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  test: {
    // Chromium, Java and feedparser are installed (or the run stops with the command to run) before any test.
    globalSetup: ["tests/setup/system-tools.ts"],
    projects: [
      { test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: [...configDefaults.exclude, "tests/gates/**"], ...shared } },
      // The gates build their sites once per run, in their own global setup; a run of unit tests alone skips that.
      { test: { name: "gates", include: ["tests/gates/**/*.test.ts"], globalSetup: ["tests/gates/setup.ts"], ...shared } },
    ],
  },
});
