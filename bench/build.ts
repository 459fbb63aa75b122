import { parseArgs } from "node:util";
import { buildSite } from "../src/publish/build.ts";

/**
 * `npm run build` for the benchmark: the same production build, as of `now`
 * (a date), then this process's own peak memory, which GNU time cannot tell
 * apart from Pagefind's. A cold build unless `--cache`: then with the build
 * cache of the corpus's `.cache/build/`, as `npm run build` runs by default.
 *
 * Usage: node --import tsx bench/build.ts <site> <out> <now> [--workers N] [--cache]
 */
const { positionals, values } = parseArgs({ allowPositionals: true, options: { workers: { type: "string" }, cache: { type: "boolean", default: false } } });
const [root, outDir, now] = positionals;
if (!root || !outDir || !now) throw new Error("usage: bench/build.ts <site> <out> <now> [--workers N] [--cache]");
await buildSite({ root, outDir, now: Date.parse(now), workers: values.workers === undefined ? "auto" : Number(values.workers), cache: values.cache });
console.error(`BENCH_NODE_RSS_KB=${process.resourceUsage().maxRSS}`);
