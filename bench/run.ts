import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.ts";
import { findHugo, hugoArgs } from "./hugo.ts";
import { load, measure, type Measured } from "./measure.ts";

/**
 * npm run bench [-- --sizes 1000,4000] [--runs 3] [--quick] [--no-dev] [--dev-posts 10000] [--no-hugo] [--features] [--workers 2]
 *
 * For each corpus size (1,000, 4,000 and 10,000 posts by default; 50,000 on
 * request with --sizes), one table, every row run --runs times in a child
 * process of its own, medians reported:
 *
 * - floor: gray-matter, stock markdown-it, one minimal page per post, written synchronously (bench/floor.ts);
 * - our Markdown: the same with Broadsheet's markdown-it instance and plugins;
 * - Hugo (Debian's) on the same posts with the minimal theme of bench/hugo/;
 * - Hugo, then the Pagefind CLI over its output (what a Hugo user does for search);
 * - our build: `npm run build` (bench/build.ts), Pagefind included, cold: without the build cache;
 * - with --workers N, our build again, its posts read by N worker threads;
 * - our build with a warm build cache and the output folder the last build left: after changing
 *   nothing, and after changing one post; then with the warm cache and no output folder.
 *
 * Each row gives wall time, CPU time (user + system, of every process), the
 * peak memory of the largest process and of all processes together, and the
 * load average when it started; then the ratios of the build to the floor
 * and to Hugo. Ratios within one table are what to compare: the machine may
 * be shared. Then the dev server's latency on 4,000 posts (--dev-posts for another size).
 *
 * --features also builds a corpus whose every post has math, a diagram, a
 * callout, a video and a social card (bench/corpus.ts), and reports what they
 * cost per post: the first build draws every card, the later ones find them
 * in the site's cache.
 */
const ENGINE = fileURLToPath(new URL("../", import.meta.url));
const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    sizes: { type: "string" },
    runs: { type: "string" },
    dev: { type: "boolean", default: true },
    "no-dev": { type: "boolean", default: false },
    "no-hugo": { type: "boolean", default: false },
    features: { type: "boolean", default: false },
    workers: { type: "string" },
    "dev-posts": { type: "string", default: "4000" },
  },
});
const sizes = (values.sizes ?? (values.quick ? "1000" : "1000,4000,10000")).split(",").map(Number);
const runs = Number(values.runs ?? (values.quick ? 1 : 3));
const measureDev = values.dev && !values["no-dev"] && !values.quick;
const devPosts = Number(values["dev-posts"]);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(runs) || runs < 1) throw new Error("--sizes takes post counts (1000,4000) and --runs a count");
if (!Number.isInteger(devPosts) || devPosts < 1) throw new Error("--dev-posts takes a post count (10000)");
if (!readdirSync("/usr/bin").includes("time")) throw new Error("bench needs GNU time: apt-get install -y time");
const hugo = values["no-hugo"] ? undefined : findHugo();
const PAGEFIND = path.join(ENGINE, "node_modules", ".bin", "pagefind");
/** The moment every build is made as of, so each builds the same pages. */
const NOW = "2026-01-01";

const node = (script: string, ...args: string[]) => [process.execPath, ["--import", "tsx", script, ...args]] as const;

/** A row's runs, reduced to medians (memory: the largest of the runs). */
interface Row {
  readonly name: string;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly largestMb: number;
  readonly allMb: number;
  /** Node's own peak, where the row reports it (our build). */
  readonly nodeMb?: number | undefined;
  readonly load: string;
  readonly pages?: number | undefined;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
}

/**
 * Runs `step` `runs` times and reduces the runs to one row. Each run gets a
 * fresh output folder, unless `keepOutput`: then each finds the folder as the
 * build before it left it, as `npm run build` does on a writer's machine.
 */
async function row(name: string, step: (out: string) => Promise<Measured[]>, out: string, countOutput = false, keepOutput = false): Promise<Row> {
  const started = load();
  const measured: Measured[][] = [];
  let pages: number | undefined;
  for (let run = 0; run < runs; run++) {
    if (!keepOutput) rmSync(out, { recursive: true, force: true });
    measured.push(await step(out));
    if (countOutput) pages = countPages(out);
  }
  if (!keepOutput) rmSync(out, { recursive: true, force: true });
  const total = (pick: (m: Measured) => number) => measured.map((steps) => steps.reduce((sum, m) => sum + pick(m), 0));
  const nodeKb = measured.flatMap((steps) => steps.flatMap((m) => /BENCH_NODE_RSS_KB=(\d+)/.exec(m.stderr)?.[1] ?? []).map(Number));
  const result: Row = {
    name,
    seconds: median(total((m) => m.seconds)),
    cpuSeconds: median(total((m) => m.cpuSeconds)),
    // Steps run one after another: the peak of the row is the peak of its largest step.
    largestMb: Math.max(...measured.flatMap((steps) => steps.map((m) => m.largestMb))),
    allMb: Math.max(...measured.flatMap((steps) => steps.map((m) => m.allMb))),
    nodeMb: nodeKb.length ? Math.max(...nodeKb) / 1024 : undefined,
    load: started,
    pages,
  };
  console.error(`  ${name}: ${result.seconds.toFixed(2)} s (load before: ${started})`);
  return result;
}

function table(posts: number, rows: readonly Row[]): string {
  const lines = [
    `\n${posts.toLocaleString("en")} posts, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, median of ${runs} run(s), node ${process.version}${hugo ? `, ${hugo.split(" ").slice(0, 2).join(" ")}` : ""}, 2 cores\n`,
    "| | wall (s) | CPU (s) | peak RSS, largest process (MB) | peak RSS, all processes (MB) | peak RSS, Node (MB) | HTML pages | load average at start |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map((r) => `| ${r.name} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.largestMb.toFixed(0)} | ${r.allMb.toFixed(0)} | ${r.nodeMb?.toFixed(0) ?? ""} | ${r.pages ?? ""} | ${r.load} |`),
  ];
  const build = rows.find((r) => r.name === "our build");
  const ratio = (name: string) => {
    const other = rows.find((r) => r.name === name);
    return build && other ? `${name}: ${(build.seconds / other.seconds).toFixed(2)}x wall, ${(build.cpuSeconds / other.cpuSeconds).toFixed(2)}x CPU` : undefined;
  };
  const ratios = ["floor", "Hugo", "Hugo + Pagefind"].flatMap((name) => ratio(name) ?? []);
  if (ratios.length) lines.push("", `Our build against ${ratios.join("; ")}.`);
  const hugoRow = rows.find((r) => r.name === "Hugo");
  const warm = rows.filter((r) => r.name.startsWith("our build, warm"));
  if (hugoRow && warm.length) lines.push("", `Warm builds against Hugo: ${warm.map((r) => `${r.name.replace("our build, ", "")} ${(r.seconds / hugoRow.seconds).toFixed(2)}x wall, ${(r.cpuSeconds / hugoRow.cpuSeconds).toFixed(2)}x CPU`).join("; ")}.`);
  return lines.join("\n");
}

const workspace = mkdtempSync(path.join(tmpdir(), "broadsheet-bench-"));
const output: string[] = [];
const builds = new Map<string, Row>();
try {
  for (const posts of sizes) {
    console.error(`${posts} posts:`);
    const site = writeCorpus(path.join(workspace, `site-${posts}`), { posts });
    const out = path.join(workspace, `out-${posts}`);
    const one = (command: readonly [string, readonly string[]]) => async () => [await measure(command[0], command[1], { cwd: ENGINE })];
    const rows: Row[] = [];
    rows.push(await row("floor", (dir) => one(node("bench/floor.ts", site, dir))(), out));
    rows.push(await row("our Markdown alone", (dir) => one(node("bench/floor.ts", site, dir, "--markdown", "ours"))(), out));
    if (hugo) {
      const cache = path.join(workspace, "hugo-cache");
      rows.push(await row("Hugo", (dir) => one(["hugo", hugoArgs(site, dir, cache)])(), out, true));
      rows.push(
        await row(
          "Hugo + Pagefind",
          async (dir) => [await measure("hugo", hugoArgs(site, dir, cache), { cwd: ENGINE }), await measure(PAGEFIND, ["--site", dir, "--silent"], { cwd: ENGINE })],
          out,
        ),
      );
    }
    const build = await row("our build", (dir) => one(node("bench/build.ts", site, dir, NOW))(), out, true);
    rows.push(build);
    if (values.workers) rows.push(await row(`our build, ${values.workers} workers`, (dir) => one(node("bench/build.ts", site, dir, NOW, "--workers", values.workers!))(), out, true));
    // The build cache and the output folder are filled once, unmeasured; each warm run then finds them as the last build left them.
    rmSync(out, { recursive: true, force: true });
    await measure(...node("bench/build.ts", site, out, NOW, "--cache"), { cwd: ENGINE });
    const warm = (dir: string) => one(node("bench/build.ts", site, dir, NOW, "--cache"))();
    rows.push(await row("our build, warm, nothing changed", warm, out, true, true));
    let edits = 0;
    const warmAfterEdit = async (dir: string) => {
      editOnePost(site, edits++);
      return warm(dir);
    };
    rows.push(await row("our build, warm, one post changed", warmAfterEdit, out, true, true));
    // As on a CI machine that keeps .cache/ between runs but starts without _site/.
    rows.push(await row("our build, warm cache, no output folder", warm, out, true));
    builds.set(`plain-${posts}`, build);
    output.push(table(posts, rows));
    console.log(output.at(-1));
    rmSync(site, { recursive: true, force: true });
  }

  const plain = sizes.map((size) => builds.get(`plain-${size}`)!);
  if (plain.length > 1) {
    const [first, last] = [plain[0]!, plain.at(-1)!];
    console.log(`\nGrowth: ${sizes.at(-1)} posts take ${(last.seconds / first.seconds).toFixed(2)}x the time of ${sizes[0]} (${(sizes.at(-1)! / sizes[0]!).toFixed(0)}x the posts).`);
  }

  if (values.features) {
    console.log("\nWhat the features cost per post (features corpus minus plain corpus, same size):\n");
    console.log("| posts | plain ms/post | features ms/post, cards cached | features ms/post, cards drawn (first build) | cost per post, cached | cost per post, drawing cards |");
    console.log("|---:|---:|---:|---:|---:|---:|");
    for (const size of sizes) {
      const site = writeCorpus(path.join(workspace, `site-${size}-features`), { posts: size, features: true });
      const out = path.join(workspace, `out-${size}-features`);
      const all: Measured[] = [];
      for (let run = 0; run < Math.max(2, runs); run++) {
        rmSync(out, { recursive: true, force: true });
        all.push(await measure(...node("bench/build.ts", site, out, NOW), { cwd: ENGINE }));
      }
      const [cold, ...warm] = all;
      const perPost = (seconds: number) => (seconds * 1000) / size;
      const plainMs = perPost(builds.get(`plain-${size}`)!.seconds);
      const warmMs = perPost(median(warm.map((m) => m.seconds)));
      const coldMs = perPost(cold!.seconds);
      console.log(`| ${size} | ${plainMs.toFixed(2)} | ${warmMs.toFixed(2)} | ${coldMs.toFixed(2)} | ${(warmMs - plainMs).toFixed(2)} ms | ${(coldMs - plainMs).toFixed(2)} ms |`);
      rmSync(site, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }

  if (measureDev) console.log(`${await devLatency(writeCorpus(path.join(workspace, `dev-${devPosts}`), { posts: devPosts }), devPosts)} (load average at the end: ${load()})`);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}

/** Adds a sentence to the end of the `n`th post, as a writer fixing a typo would change one post. */
function editOnePost(site: string, n: number): void {
  const posts = readdirSync(path.join(site, "posts")).sort();
  appendFileSync(path.join(site, "posts", posts[n % posts.length]!), `\nOne more sentence, edit ${n}.\n`);
}

/** Median time from writing a new post to its first HTTP 200, and from editing a post to the new text being served. */
async function devLatency(site: string, posts: number): Promise<string> {
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
    return `\nDev server on ${posts.toLocaleString("en")} posts, median of 5: new post served in ${(median(added) / 1000).toFixed(2)} s, edit served in ${(median(edited) / 1000).toFixed(2)} s (each: ${added.map((ms) => (ms / 1000).toFixed(2)).join(", ")} / ${edited.map((ms) => (ms / 1000).toFixed(2)).join(", ")})`;
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
