import { buildSite } from "../src/publish/build.ts";

/**
 * `npm run build` for the benchmark: the same production build, as of `now`
 * (a date), then this process's own peak memory, which GNU time cannot tell
 * apart from Pagefind's.
 *
 * Usage: node --import tsx bench/build.ts <site> <out> <now> [workers]
 */
const [root, outDir, now, workers] = process.argv.slice(2);
if (!root || !outDir || !now) throw new Error("usage: bench/build.ts <site> <out> <now> [workers]");
await buildSite({ root, outDir, now: Date.parse(now), workers: workers === undefined ? "auto" : Number(workers) });
console.error(`BENCH_NODE_RSS_KB=${process.resourceUsage().maxRSS}`);
