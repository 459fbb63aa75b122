import { buildSite } from "../src/publish/build.ts";

/**
 * `npm run build` for the benchmark: the same production build, then this
 * process's own peak memory. /usr/bin/time reports the largest process of
 * the build, which on large sites is Pagefind's, not Node's.
 */
const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error("usage: bench/build.ts <site> <out>");
await buildSite({ root, outDir, now: Date.now() });
console.error(`BENCH_NODE_RSS_KB=${process.resourceUsage().maxRSS}`);
