import path from "node:path";
import { parseArgs } from "node:util";
import { formatWarnings, ProblemsError } from "../model/problem.ts";
import { buildSite } from "../publish/build.ts";
import { nowOption, runAsScript, workersOption, SITE_OPTION, siteRoot, type Command } from "./options.ts";

/** `npm run build [-- --site <folder>] [--out <folder>] [--now <date>] [--workers <n>] [--no-cache]`: the production build. */
export const build: Command = async (args, io) => {
  const started = performance.now();
  try {
    const { values } = parseArgs({ args, options: { ...SITE_OPTION, out: { type: "string" }, now: { type: "string" }, workers: { type: "string" }, "no-cache": { type: "boolean" } } });
    const root = siteRoot(values.site);
    const outDir = path.resolve(values.out ?? path.join(root, "_site"));
    const { site, files, written } = await buildSite({ root, outDir, now: nowOption(values.now), workers: workersOption(values.workers), cache: !values["no-cache"] });
    if (site.warnings.length) io.error(formatWarnings(site.warnings));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const where = path.relative(process.cwd(), outDir) || ".";
    io.log(
      written
        ? `Built ${site.posts.length} posts (${files} files) into ${where} in ${seconds} s.`
        : `${where} is up to date: ${site.posts.length} posts (${files} files), nothing changed since the last build; checked in ${seconds} s.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ProblemsError) {
      io.error(error.message);
      io.error("Nothing was written; the previous site is unchanged.");
    } else {
      io.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      io.error("The build failed; the previous site is unchanged.");
    }
    return 1;
  }
};

runAsScript(import.meta.url, build);
