import path from "node:path";
import { parseArgs } from "node:util";
import { loadPosts } from "../build/site-data.ts";
import { formatProblems, ProblemsError } from "../content/problems.ts";

const { values } = parseArgs({ options: { site: { type: "string", default: process.env.BROADSHEET_SITE ?? process.cwd() } } });
const root = path.resolve(values.site);

/** Validates the settings and every post exactly as a build would, and writes nothing. */
try {
  const { posts, problems, warnings, skipped } = await loadPosts(root);
  for (const file of skipped) console.log(`${file}: skipped: not a post; only .md and .markdown files are posts (rename it if it is plain Markdown)`);
  if (problems.length || warnings.length) {
    console.error(formatProblems([...problems, ...warnings]));
    if (problems.length) process.exitCode = 1;
  } else {
    console.log(`No problems found in ${posts.length} ${posts.length === 1 ? "post" : "posts"}.`);
  }
} catch (error) {
  if (!(error instanceof ProblemsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
