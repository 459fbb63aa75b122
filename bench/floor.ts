import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { createMarkdown } from "../src/markdown/index.ts";

/**
 * The floor: only the work no blog build can avoid, for the same corpus and
 * with the same markdown-it instance and plugins as the real build. Read each
 * post, parse its front matter, render it, wrap it in a minimal page and
 * write one file per post. Prints {"pages": n, "maxRssKb": n} when done.
 *
 * Usage: node --import tsx bench/floor.ts <site> <out>
 */
const [site, out] = process.argv.slice(2);
if (!site || !out) throw new Error("usage: floor.ts <site> <out>");
const md = createMarkdown();
const postsDir = path.join(site, "posts");
const files = (await readdir(postsDir)).filter((name) => name.endsWith(".md"));
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
for (const name of files) {
  const { data, content } = matter(await readFile(path.join(postsDir, name), "utf8"));
  const html = md.render(content);
  const dir = path.join(out, name.replace(/\.md$/, ""));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "index.html"), `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escape(String(data.title))}</title><h1>${escape(String(data.title))}</h1>${html}</html>`);
}
console.log(JSON.stringify({ pages: files.length, maxRssKb: process.resourceUsage().maxRSS }));
