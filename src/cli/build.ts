import path from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "../build/build.ts";
import { formatWarnings, ProblemsError } from "../content/problems.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: process.env.BROADSHEET_SITE ?? process.cwd() },
    out: { type: "string" },
  },
});
const root = path.resolve(values.site);
const outDir = path.resolve(values.out ?? path.join(root, "_site"));

const started = performance.now();
try {
  const { site, filesWritten } = await buildSite({ root, outDir });
  if (site.warnings.length) console.error(formatWarnings(site.warnings));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Built ${site.posts.length} posts (${filesWritten} files) into ${path.relative(process.cwd(), outDir) || "."} in ${seconds} s.`);
} catch (error) {
  if (error instanceof ProblemsError) {
    console.error(error.message);
    console.error("Nothing was written; the previous site is unchanged.");
  } else {
    console.error(error);
    console.error("The build failed; the previous site is unchanged.");
  }
  process.exitCode = 1;
}
