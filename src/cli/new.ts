import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { today } from "../content/dates.ts";
import { POSTS_DIR } from "../content/posts.ts";
import { loadSettings } from "../content/settings.ts";
import { toSlug } from "../content/slug.ts";
import { ProblemsError } from "../model/problem.ts";
import { runAsScript, SITE_OPTION, siteRoot, type Command } from "./options.ts";

/** `npm run new -- "Title"`: writes a new post with today's date, never over an existing file. */
export const newPost: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: SITE_OPTION, allowPositionals: true });
  const title = positionals.join(" ").trim();
  if (!title) {
    io.error('Usage: npm run new -- "Title of the post"');
    return 1;
  }
  const root = siteRoot(values.site);
  try {
    const settings = await loadSettings(root);
    const fields: Record<string, string> = { title, ...(settings.defaultAuthor ? { author: settings.defaultAuthor } : {}), date: today() };
    const authorHint = settings.defaultAuthor ? "" : "# author: required, as site.config.ts names no defaultAuthor\n";
    const file = path.join(root, POSTS_DIR, `${toSlug(title)}.md`);
    await mkdir(path.dirname(file), { recursive: true });
    // "wx" fails if the file exists: a new post never overwrites an old one.
    await writeFile(file, `---\n${stringify(fields)}${authorHint}---\n\nWrite your post here.\n`, { flag: "wx" });
    io.log(path.relative(process.cwd(), file));
    return 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      io.error(`${(error as NodeJS.ErrnoException).path} already exists; nothing was written. Choose another title, or edit that post.`);
    } else if (error instanceof ProblemsError) {
      io.error(error.message);
    } else {
      throw error;
    }
    return 1;
  }
};

runAsScript(import.meta.url, newPost);
