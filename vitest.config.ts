import { configDefaults, defineConfig } from "vitest/config";

/** Tests that build, serve or open whole sites: `*.site.test.ts` and the gates. */
const SITE_TESTS = ["tests/**/*.site.test.ts", "tests/gates/**/*.test.ts"];

export default defineConfig({
  test: {
    // Vitest's default on 2 cores is one worker: every file in turn. Much of a site test is waiting (for
    // Chromium, a dev server, Pagefind's or Java's process), so three workers keep both cores busy.
    maxWorkers: 3,
    projects: [
      // Pure unit tests: modules on values, in threads, with nothing to install or build first.
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...SITE_TESTS],
          // Every temporary folder of the run under one, removed at its end (tests/setup/temp-root.ts).
          globalSetup: ["tests/setup/temp-root.ts"],
          pool: "threads",
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "sites",
          include: SITE_TESTS,
          // Chromium, Java and feedparser are installed (or the run stops with the command to run), then the shared sites are built once.
          globalSetup: ["tests/setup/temp-root.ts", "tests/setup/system-tools.ts", "tests/setup/sites.ts"],
          // Site configurations (site.config.ts) are TypeScript that Node imports at run time, as `npm run build` does.
          execArgv: ["--import", "tsx"],
          pool: "forks",
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
