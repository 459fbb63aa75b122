import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/model/problem.ts";
import { FIXTURES } from "../helpers/site.ts";
import { renderPost } from "../helpers/markdown.ts";

/**
 * Markdown cases as data, in markdown-it's own fixture format: a title line,
 * then `.`, the Markdown, `.`, what it becomes, `.`. What it becomes is the
 * HTML, or, when the post cannot be built, the problems as `npm run check`
 * prints them (the body starts on line 5 of posts/post.md). Adding a case is
 * adding a few lines to tests/fixtures/markdown/<feature>.txt.
 */
interface Case {
  readonly title: string;
  readonly input: string;
  readonly expected: string;
  readonly line: number;
}

function cases(text: string): Case[] {
  const lines = text.split("\n");
  const found: Case[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "." || i === 0) continue;
    const title = lines[i - 1]!.trim();
    const start = i;
    const parts: string[][] = [[], []];
    let part = 0;
    for (i++; i < lines.length && part < 2; i++) {
      if (lines[i] === ".") part++;
      else parts[part]!.push(lines[i]!);
    }
    i--;
    found.push({ title, input: `${parts[0]!.join("\n")}\n`, expected: parts[1]!.join("\n"), line: start });
  }
  return found;
}

const folder = path.join(FIXTURES, "markdown");
for (const file of readdirSync(folder).filter((name) => name.endsWith(".txt"))) {
  describe(`${file.replace(/\.txt$/, "")} (tests/fixtures/markdown/${file})`, () => {
    for (const { title, input, expected, line } of cases(readFileSync(path.join(folder, file), "utf8"))) {
      it(`${title} (line ${line})`, async () => {
        const result = await renderPost(input);
        const actual = result.ok ? result.value.html.trimEnd() : result.problems.map(formatProblem).join("\n");
        expect(actual).toBe(expected.trimEnd());
      });
    }
  });
}
