import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Tests load Eleventy and our TypeScript modules the way the CLI does.
    execArgv: ["--import", "tsx"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
