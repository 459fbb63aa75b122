import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { loadSiteConfig } from "../config/site.ts";
import { today } from "../content/dates.ts";
import { POSTS_DIR } from "../content/load.ts";
import { ProblemsError } from "../content/problems.ts";
import { toSlug } from "../content/slug.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { site: { type: "string", default: process.env.BROADSHEET_SITE ?? process.cwd() } },
});
const title = positionals.join(" ").trim();
if (!title) {
  console.error('Usage: npm run new -- "Title of the post"');
  process.exit(1);
}

const root = path.resolve(values.site);
try {
  const config = await loadSiteConfig(root);
  const fields: Record<string, string> = { title, ...(config.defaultAuthor ? { author: config.defaultAuthor } : {}), date: today() };
  const authorHint = config.defaultAuthor ? "" : "# author: required, as site.config.ts names no defaultAuthor\n";
  const file = path.join(root, POSTS_DIR, `${toSlug(title)}.md`);
  await mkdir(path.dirname(file), { recursive: true });
  // "wx" fails if the file exists: a new post never overwrites an old one.
  await writeFile(file, `---\n${stringify(fields)}${authorHint}---\n\nWrite your post here.\n`, { flag: "wx" });
  console.log(path.relative(process.cwd(), file));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === "EEXIST") {
    console.error(`${(error as NodeJS.ErrnoException).path} already exists; nothing was written. Choose another title, or edit that post.`);
  } else if (error instanceof ProblemsError) {
    console.error(error.message);
  } else {
    throw error;
  }
  process.exitCode = 1;
}
