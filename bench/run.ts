import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.ts";

/**
 * npm run bench [-- --quick] [-- --sizes 1000,4000] [-- --runs 3] [-- --no-dev] [-- --features]
 *
 * For each corpus size: the real production build (bench/build.ts, which
 * also reports Node's own peak memory) and the floor (bench/floor.ts), each
 * run --runs times in a child process under /usr/bin/time, medians reported;
 * then the dev server's latency on the 4,000-post corpus.
 *
 * --features also builds, at each size, a corpus whose every post has math,
 * a diagram, a callout, a video and a social card (bench/corpus.ts), and
 * reports what they cost per post: the first build draws every card (cold),
 * the later ones find them in the site's cache (warm).
 */
const ENGINE = fileURLToPath(new URL("../", import.meta.url));
const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    sizes: { type: "string" },
    runs: { type: "string" },
    dev: { type: "boolean", default: true },
    "no-dev": { type: "boolean", default: false },
    features: { type: "boolean", default: false },
  },
});
const sizes = (values.sizes ?? (values.quick ? "1000" : "1000,4000,10000")).split(",").map(Number);
const runs = Number(values.runs ?? 3);
const measureDev = values.dev && !values["no-dev"] && !values.quick;
if (!existsSync("/usr/bin/time")) throw new Error("bench needs GNU time: apt-get install -y time");

interface Run {
  readonly seconds: number;
  /** The largest process of the run (for the build: Node or Pagefind, whichever is larger). */
  readonly maxRssMb: number;
  /** The Node process alone, where the run reports it. */
  readonly nodeRssMb: number | undefined;
}

function timed(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("/usr/bin/time", ["-f", "BENCH_RSS_KB=%M", process.execPath, "--import", "tsx", ...args], {
      cwd: ENGINE,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = /BENCH_RSS_KB=(\d+)/.exec(stderr);
      const nodeRss = /BENCH_NODE_RSS_KB=(\d+)/.exec(stderr);
      if (code !== 0 || !rss) reject(new Error(`${args.join(" ")} failed (${code}):\n${stderr.slice(-2000)}`));
      else resolve({ seconds, maxRssMb: Number(rss[1]) / 1024, nodeRssMb: nodeRss ? Number(nodeRss[1]) / 1024 : undefined });
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
}

interface Row {
  corpus: "plain" | "features";
  posts: number;
  /** The first build's time: for the features corpus, the one that draws every social card. */
  cold: number;
  pages: number;
  build: number;
  floor: number;
  rss: number;
  nodeRss: number;
  floorRss: number;
}

const rows: Row[] = [];
const workspace = mkdtempSync(path.join(tmpdir(), "broadsheet-bench-"));
try {
  for (const [posts, corpus] of sizes.flatMap((size) => (values.features ? (["plain", "features"] as const) : (["plain"] as const)).map((kind) => [size, kind] as const))) {
    const site = writeCorpus(path.join(workspace, `site-${posts}-${corpus}`), { posts, features: corpus === "features" });
    const builds: Run[] = [];
    const floors: Run[] = [];
    let pages = 0;
    for (let run = 0; run < runs; run++) {
      const out = path.join(workspace, `out-${posts}`);
      floors.push(await timed(["bench/floor.ts", site, path.join(workspace, `floor-${posts}`)]));
      rmSync(path.join(workspace, `floor-${posts}`), { recursive: true, force: true });
      builds.push(await timed(["bench/build.ts", site, out], { BROADSHEET_NOW: "2026-01-01" }));
      pages = countPages(out);
      rmSync(out, { recursive: true, force: true });
    }
    // With the features, the first build draws every social card; the later ones find them cached.
    const warm = corpus === "features" && builds.length > 1 ? builds.slice(1) : builds;
    const row = {
      corpus,
      posts,
      pages,
      cold: builds[0]!.seconds,
      build: median(warm.map((b) => b.seconds)),
      floor: median(floors.map((f) => f.seconds)),
      rss: Math.max(...builds.map((b) => b.maxRssMb)),
      nodeRss: Math.max(...builds.map((b) => b.nodeRssMb ?? NaN)),
      floorRss: Math.max(...floors.map((f) => f.maxRssMb)),
    };
    rows.push(row);
    console.error(`measured ${posts} posts (${corpus}): build ${row.build.toFixed(2)} s (first ${row.cold.toFixed(2)} s), floor ${row.floor.toFixed(2)} s`);
  }

  console.log(`\nBroadsheet build vs floor, ${new Date().toISOString().slice(0, 10)}, median of ${runs} run(s), node ${process.version}\n`);
  const corpusColumn = values.features ? "| corpus " : "";
  console.log(`${corpusColumn}| posts | pages written | build (s) | ms/post | peak RSS, Node (MB) | peak RSS, largest process (MB) | floor (s) | floor RSS (MB) | build / floor |`);
  console.log(`${values.features ? "|---" : ""}|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const row of rows) {
    console.log(
      `${values.features ? `| ${row.corpus} ` : ""}| ${row.posts} | ${row.pages} | ${row.build.toFixed(2)} | ${((row.build * 1000) / row.posts).toFixed(2)} | ${row.nodeRss.toFixed(0)} | ${row.rss.toFixed(0)} | ${row.floor.toFixed(2)} | ${row.floorRss.toFixed(0)} | ${(row.build / row.floor).toFixed(2)} |`,
    );
  }
  if (values.features) {
    console.log("\nWhat the features cost per post (features corpus minus plain corpus, same size):\n");
    console.log("| posts | plain ms/post | features ms/post, cards cached | features ms/post, cards drawn (first build) | cost per post, cached | cost per post, drawing cards |");
    console.log("|---:|---:|---:|---:|---:|---:|");
    for (const size of sizes) {
      const plain = rows.find((row) => row.posts === size && row.corpus === "plain")!;
      const featured = rows.find((row) => row.posts === size && row.corpus === "features")!;
      const perPost = (seconds: number) => (seconds * 1000) / size;
      console.log(
        `| ${size} | ${perPost(plain.build).toFixed(2)} | ${perPost(featured.build).toFixed(2)} | ${perPost(featured.cold).toFixed(2)} | ${(perPost(featured.build) - perPost(plain.build)).toFixed(2)} ms | ${(perPost(featured.cold) - perPost(plain.build)).toFixed(2)} ms |`,
      );
    }
  }
  const plainRows = rows.filter((row) => row.corpus === "plain");
  const smallest = plainRows[0];
  const largest = plainRows.at(-1);
  if (smallest && largest && largest !== smallest) {
    console.log(`\nGrowth: ${largest.posts} posts take ${(largest.build / smallest.build).toFixed(2)}x the time of ${smallest.posts} (${(largest.posts / smallest.posts).toFixed(0)}x the posts).`);
  }

  if (measureDev) console.log(await devLatency(writeCorpus(path.join(workspace, "dev-4000"), { posts: 4000 })));
} finally {
  rmSync(workspace, { recursive: true, force: true });
}

/** Median time from writing a new post to its first HTTP 200, and from editing a post to the new text being served. */
async function devLatency(site: string): Promise<string> {
  // `npm start`'s command, on the corpus; it builds into the corpus's .cache/dev-site/.
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts", "--site", site, "--port", "0"], {
    cwd: ENGINE,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const onData = (chunk: Buffer) => (log += chunk.toString());
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  try {
    const origin = await until(() => / at (http:\/\/localhost:\d+)\//.exec(log)?.[1], 300_000);
    // Files written before the watcher's first scan is done count as already there: wait for it.
    await until(() => log.includes("Watching for changes.") || undefined, 300_000);
    await until(async () => (await fetch(`${origin}/`).catch(() => undefined))?.status === 200 || undefined, 300_000);
    const waitServed = async (url: string, accept: (status: number, body: string) => boolean) => {
      const started = performance.now();
      await until(async () => {
        const response = await fetch(url).catch(() => undefined);
        return response && accept(response.status, await response.text()) ? true : undefined;
      }, 60_000, 20);
      return performance.now() - started;
    };
    const added: number[] = [];
    const edited: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const started = performance.now();
      writeFileSync(path.join(site, "posts", `dev-new-${i}.md`), `---\ntitle: New ${i}\ndate: 2024-01-0${i + 1}\n---\n\nFresh post ${i}.\n`);
      added.push(performance.now() - started + (await waitServed(`${origin}/posts/dev-new-${i}/`, (status) => status === 200)));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const marker = `edited-marker-${i}-${Date.now()}`;
      const editStarted = performance.now();
      appendFileSync(path.join(site, "posts", "post-7.md"), `\n${marker}\n`);
      edited.push(performance.now() - editStarted + (await waitServed(`${origin}/posts/post-7/`, (_, body) => body.includes(marker))));
    }
    return `\nDev server on 4,000 posts, median of 5: new post served in ${(median(added) / 1000).toFixed(2)} s, edit served in ${(median(edited) / 1000).toFixed(2)} s (each: ${added.map((ms) => (ms / 1000).toFixed(2)).join(", ")} / ${edited.map((ms) => (ms / 1000).toFixed(2)).join(", ")})`;
  } finally {
    process.kill(-child.pid!, "SIGTERM");
  }
}

async function until<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs: number, everyMs = 100): Promise<T> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error("timed out");
}
