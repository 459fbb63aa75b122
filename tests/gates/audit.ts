/**
 * `npm run audit`: builds the sample site, serves it, and runs Lighthouse in
 * its default mobile preset (a mid-range phone on a throttled connection) in
 * Debian's Chromium on one page of every page type of the sample site. Prints
 * the four category scores per page and every audit that kept a score below
 * 100; then what a first visit to the seed post transfers, compressed and
 * fonts included, against its budget of 80 KB. Exits with 1 when any score
 * is below the target of 100 or the post is over budget.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { launch } from "chrome-launcher";
import { chromium } from "playwright-core";
import lighthouse from "lighthouse";
import { buildSite, ENGINE_ROOT } from "../../src/publish/build.ts";
import { CHROMIUM, CHROMIUM_FLAGS, serveDirectory } from "../helpers/browser.ts";
import { tempDir } from "../helpers/site.ts";
import { ensureSystemTools, SYSTEM_TOOLS } from "./lib/system-tools.ts";
import { firstVisitWeight, formatWeight, WEIGHT_BUDGET } from "./lib/weight.ts";
import { PAGE_TYPES } from "./page-types.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGET = 100;

ensureSystemTools(SYSTEM_TOOLS.filter((tool) => tool.debianPackage === "chromium"));
const outDir = path.join(tempDir("broadsheet-audit-"), "_site");
await buildSite({ root: ENGINE_ROOT, outDir, now: Date.now() });
// Compressed, as the hosts of the README's publishing recipes send text: Lighthouse's model of a slow phone counts the bytes.
const server = await serveDirectory(outDir, "/", { compress: true });
const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS] });
let belowTarget = 0;
try {
  // A Chromium just launched paints its first page late (its font and raster machinery start on first use), which a
  // reader's running browser does not; Lighthouse clears the cache before each page, so the warm-up leaves nothing
  // the audited pages can reuse. It is not scored.
  await lighthouse(new URL("404.html", server.url).href, { port: chrome.port, logLevel: "error", output: "json", onlyCategories: ["performance"] });
  for (const type of PAGE_TYPES.filter((candidate) => candidate.sites[0] === "sample")) {
    const url = new URL(type.path.replace(/^\//, ""), server.url).href;
    // The not-found page says noindex on purpose: search engines must not list it, so "is crawlable" does not apply.
    const skipAudits = type.status === 404 ? ["is-crawlable"] : [];
    const result = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json", onlyCategories: [...CATEGORIES], skipAudits });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    const scores = CATEGORIES.map((id) => ({ id, score: Math.round((lhr.categories[id]?.score ?? 0) * 100) }));
    console.log(`${type.name} (${type.path}): ${scores.map(({ id, score }) => `${id} ${score}`).join(", ")}`);
    for (const { id } of scores.filter((entry) => entry.score < TARGET)) {
      belowTarget++;
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`  ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
          for (const item of (audit.details && "items" in audit.details ? audit.details.items : []).slice(0, 5)) console.log(`    ${JSON.stringify(item).slice(0, 200)}`);
        }
      }
    }
  }
  // The seed post's weight on a first visit: everything it loads, fonts included, compressed as a host sends it.
  const seed = PAGE_TYPES.find((type) => type.name === "post")!;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
  try {
    const weight = await firstVisitWeight(browser, new URL(seed.path.replace(/^\//, ""), server.url).href);
    console.log(`post (${seed.path}) first visit: ${formatWeight(weight)}`);
    for (const file of [...weight.files].sort((a, b) => b.bytes - a.bytes)) console.log(`  ${(file.bytes / 1024).toFixed(1)} KB ${new URL(file.url).pathname}`);
    if (weight.total > WEIGHT_BUDGET) belowTarget++;
  } finally {
    await browser.close();
  }
} finally {
  chrome.kill();
  await server.close();
  await rm(path.dirname(outDir), { recursive: true, force: true });
}
if (belowTarget) {
  console.log(`${belowTarget} scores below ${TARGET} or pages over their weight budget.`);
  process.exitCode = 1;
}
