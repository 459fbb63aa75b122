import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import markdownIt from "markdown-it";
import { createMarkdown } from "../src/markdown/index.ts";

/**
 * The floor: only the work no blog build can avoid. Read each post, parse
 * its front matter with gray-matter, render it with markdown-it, wrap it in
 * a minimal page and write it, one synchronous call after another (the
 * fastest way on this machine). No plugins, no checks, no list pages.
 *
 * `--markdown ours` renders with Broadsheet's markdown-it instance and
 * plugins instead of stock markdown-it: what our Markdown costs on its own.
 *
 * Usage: node --import tsx bench/floor.ts <site> <out> [--markdown stock|ours]
 */
const [site, out, flag, which] = process.argv.slice(2);
if (!site || !out || (flag !== undefined && (flag !== "--markdown" || (which !== "stock" && which !== "ours")))) {
  throw new Error("usage: floor.ts <site> <out> [--markdown stock|ours]");
}
const md = which === "ours" ? createMarkdown() : markdownIt();
const postsDir = path.join(site, "posts");
const files = readdirSync(postsDir).filter((name) => name.endsWith(".md"));
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
for (const name of files) {
  const { data, content } = matter(readFileSync(path.join(postsDir, name), "utf8"));
  const title = escape(String(data.title));
  const dir = path.join(out, "posts", name.slice(0, -3));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.html"), `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1>${md.render(content)}</html>`);
}
console.error(`BENCH_PAGES=${files.length}`);
