import { parseArgs } from "node:util";
import { countOf } from "../model/locale.ts";
import { formatProblems, ProblemsError } from "../model/problem.ts";
import { loadSite } from "../site/load.ts";
import { nowOption, runAsScript, SITE_OPTION, siteRoot, type Command } from "./options.ts";

/** `npm run check`: validates the settings, every post and page and the static files exactly as a build would, and writes nothing. */
export const check: Command = async (args, io) => {
  try {
    const { values } = parseArgs({ args, options: { ...SITE_OPTION, now: { type: "string" } } });
    const { problems, warnings, skipped, postsRead, pages } = await loadSite(siteRoot(values.site), { mode: "production", now: nowOption(values.now) });
    for (const file of skipped) io.log(`${file}: skipped: not a post; only .md and .markdown files are posts (rename it if it is plain Markdown)`);
    if (problems.length || warnings.length) io.error(formatProblems([...problems, ...warnings]));
    else io.log(`No problems found in ${countOf(postsRead, "post")}${pages.length ? ` and ${countOf(pages.length, "page")}` : ""}.`);
    return problems.length ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ProblemsError)) throw error;
    io.error(error.message);
    return 1;
  }
};

runAsScript(import.meta.url, check);
