import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** mulberry32: a tiny seeded generator, so the same seed always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "militia ministry border convoy ceasefire province coalition embassy airstrike tribe council parliament election " +
  "pipeline refinery checkpoint drone rocket base garrison negotiation sanction envoy report analysis source claim " +
  "statement commander brigade network logistics smuggling revenue customs crossing displacement camp reconstruction " +
  "security region government militia the of and to in a that for on with as by from which were their between after " +
  "under while during against across within through since before without among toward"
).split(" ");
const TAGS = Array.from({ length: 30 }, (_, i) => ["iraq", "syria", "iran", "gulf", "kurdistan", "militias", "energy", "elections", "diplomacy", "data"][i % 10] + (i < 10 ? "" : `-${Math.floor(i / 10)}`));
const AUTHORS = ["Nicholas Doumouras, Jr.", "Amira Haddad", "Jonah Weiss", "Leila Karimi", "Tomás Ortega", "Sara Lind", "Omar Farouk", "Grace Chen"];
const LANGUAGES = ["python", "js", "bash", "json"];

export interface CorpusOptions {
  readonly posts: number;
  readonly seed?: number;
  /**
   * Posts that use what goes beyond prose (issue 17): an inline and a
   * displayed formula, a Mermaid flowchart, a callout, a video link, a
   * footnote and a link to it, and a social card each (the plain corpus turns
   * cards off, as it measures prose).
   */
  readonly features?: boolean;
}

/** A section using every feature beyond prose, different in each post. */
function features(i: number, pick: <T>(items: readonly T[]) => T, sentence: (min: number, max: number) => string): string {
  const words = () => sentence(2, 4).slice(0, -1);
  const blocks: string[][] = [
    ["## Method"],
    [`Of the $N = ${100 + i}$ reports, $n$ were checked; the estimate is $\\hat{p} \\pm z \\sqrt{\\hat{p}(1-\\hat{p})/n}$. Fees were $5 and $10.[^1] See [the note](#fn1).`],
    ["$$", `\\hat{T} = \\frac{N}{n} \\sum_{i=1}^{n} x_i + ${i}`, "$$"],
    ["```mermaid", "flowchart LR", `  accTitle: How report ${i} was checked`, `  A[${words()}] --> B{${pick(WORDS)}?}`, `  B -->|yes| C[${words()}]`, `  B -->|no| D[${words()}]`, "```"],
    [`> [!${pick(["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"])}]`, `> ${sentence(6, 12)}`],
    [`[${words()}](https://www.youtube.com/watch?v=dQw4w9WgX${String(i % 100).padStart(2, "0")})`],
    [`[^1]: ${sentence(4, 8)}`],
  ];
  return blocks.map((lines) => lines.join("\n")).join("\n\n");
}

/**
 * Writes a site of realistic posts (300-600 words, headings, a list, a code
 * block, links, 1-3 tags from a pool of 30, eight authors, dates over ten
 * years) into `root`, and returns `root`.
 */
export function writeCorpus(root: string, options: CorpusOptions): string {
  const next = random(options.seed ?? 20200713);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: min + Math.floor(next() * (max - min)) }, () => pick(WORDS));
    return `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(8, 18)).join(" ");

  mkdirSync(path.join(root, "posts"), { recursive: true });
  writeFileSync(
    path.join(root, "site.config.ts"),
    `export default ${JSON.stringify({ title: "Benchmark Brief", description: "A generated corpus.", url: "https://bench.example.org/", defaultAuthor: AUTHORS[0], socialCards: Boolean(options.features) })};\n`,
  );
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < options.posts; i++) {
    const day = new Date(start + Math.floor(next() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(TAGS)))];
    const sections = Array.from({ length: 2 + Math.floor(next() * 3) }, (_, s) => {
      const parts = [`## ${sentence(3, 6).slice(0, -1)}`, paragraph(), paragraph()];
      if (s === 0) parts.push(Array.from({ length: 3 + Math.floor(next() * 3) }, () => `- ${sentence(4, 9)}`).join("\n"));
      if (s === 1) parts.push(`\`\`\`${pick(LANGUAGES)}\nconst total = reports.filter((r) => r.day === "${day}").length;\nconsole.log(total);\n\`\`\``);
      parts.push(`See [the ${pick(WORDS)} report](https://example.org/${i}/${s}) and [an earlier post](/posts/post-${Math.floor(next() * options.posts)}/).`);
      return parts.join("\n\n");
    });
    if (options.features) sections.push(features(i, pick, sentence));
    const front = [`title: "Post ${i}: ${sentence(3, 7).slice(0, -1)}"`, `author: "${pick(AUTHORS)}"`, `date: ${day}`, `tags: [${tags.join(", ")}]`];
    writeFileSync(path.join(root, "posts", `post-${i}.md`), `---\n${front.join("\n")}\n---\n\n${paragraph()}\n\n${sections.join("\n\n")}\n`);
  }
  return root;
}
