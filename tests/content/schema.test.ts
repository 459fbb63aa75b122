import { describe, expect, it } from "vitest";
import { balancedBidi, frontMatterText } from "../../src/content/schema.ts";
import { resolveInSite, siteFolders } from "../../src/content/files.ts";
import { parsePost, type PostContext } from "../../src/content/posts.ts";
import { validateSettings } from "../../src/content/settings.ts";
import { createImageProcessor } from "../../src/markdown/images.ts";
import { createMarkdown } from "../../src/markdown/index.ts";
import { formatProblem } from "../../src/model/problem.ts";
import { tempDir } from "../helpers/site.ts";

const RLO = "\u202E";
const RLE = "\u202B";
const PDF = "\u202C";
const RLI = "\u2067";
const FSI = "\u2068";
const PDI = "\u2069";

describe("balancedBidi", () => {
  it.each([
    ["closes an override left open", `${RLO}evil`, `${RLO}evil${PDF}`],
    ["closes an isolate left open", `${RLI}عربي`, `${RLI}عربي${PDI}`],
    ["closes nested openings innermost first", `${RLI}a${RLE}b`, `${RLI}a${RLE}b${PDF}${PDI}`],
    ["drops a closer that closes nothing", `a${PDF}b${PDI}c`, "abc"],
    ["drops a PDF inside an isolate opened after its embedding", `${RLE}a${FSI}b${PDF}c`, `${RLE}a${FSI}bc${PDI}${PDF}`],
    ["lets a PDI close the embeddings inside its isolate", `${RLI}a${RLE}b${PDI}c`, `${RLI}a${RLE}b${PDI}c`],
    ["keeps balanced controls as written", `a ${RLI}עברית${PDI} b`, `a ${RLI}עברית${PDI} b`],
    ["leaves text without controls alone", "Plain title", "Plain title"],
  ])("%s", (_what, input, output) => {
    expect(balancedBidi(input)).toBe(output);
  });
});

describe("frontMatterText", () => {
  it("drops control characters and balances bidirectional controls", () => {
    expect(frontMatterText(`a\u0001b${RLO}c`)).toBe(`ab${RLO}c${PDF}`);
  });
});

const root = tempDir();
const context: PostContext = {
  root,
  settings: validateSettings({ title: "T", url: "https://example.com", defaultAuthor: "Ann" }),
  markdown: createMarkdown(),
  processImage: createImageProcessor(root),
  checkFile: (file) => resolveInSite(file, siteFolders(root)),
  staticFolders: ["public"],
};

/** Parses a post whose front matter is `title`, `date` and then `lines`. */
async function parse(...lines: string[]) {
  const text = `---\ntitle: T\ndate: 2020-01-01\n${lines.join("\n")}\n---\n\nBody.\n`;
  return parsePost(new TextEncoder().encode(text), "posts/t.md", context);
}

async function problems(...lines: string[]): Promise<string[]> {
  return ((await parse(...lines)).problems ?? []).map(formatProblem);
}

describe("the series, seriesOrder and pinned fields", () => {
  it("reads a series with its place in it, and pinned", async () => {
    const { post } = await parse('series: "Reading the Press"', "seriesOrder: 2", "pinned: true");
    expect(post?.series).toEqual({ name: "Reading the Press", order: 2, line: 4, column: 1, orderLine: 5, orderColumn: 1 });
    expect(post?.pinned).toBe(true);
  });

  it("leaves a post out of any series, and unpinned, by default", async () => {
    const { post } = await parse();
    expect(post?.series).toBeUndefined();
    expect(post?.pinned).toBe(false);
  });

  it("reads Hugo's series taxonomy, a list of one name", async () => {
    expect((await parse("series: [Reading the Press]")).post?.series?.name).toBe("Reading the Press");
  });

  it("refuses a post in two series, an empty series and a series that is not text", async () => {
    expect(await problems("series: [One, Two]")).toEqual(['posts/t.md:4:1: series: names 2 series; expected the one series the post is part of, for example series: "Reading the Iraqi Press"']);
    expect(await problems('series: ""')).toEqual(['posts/t.md:4:1: series: is empty; expected the name of the series as text, for example series: "Reading the Iraqi Press"']);
    expect(await problems("series: { name: x }")).toEqual(['posts/t.md:4:1: series: is a set of fields; expected the name of the series as text, for example series: "Reading the Iraqi Press"']);
  });

  it("refuses a seriesOrder that is not a number, in one line naming the field", async () => {
    expect(await problems("series: S", "seriesOrder: two")).toEqual(["posts/t.md:5:1: seriesOrder: is a string; expected the post's place in its series as a number, for example seriesOrder: 2"]);
    expect(await problems("series: S", 'seriesOrder: "2"')).toEqual(["posts/t.md:5:1: seriesOrder: is a string; expected the post's place in its series as a number, for example seriesOrder: 2"]);
    expect(await problems("series: S", "seriesOrder: .inf")).toEqual(["posts/t.md:5:1: seriesOrder: is Infinity, not a finite number; expected the post's place in its series as a number, for example seriesOrder: 2"]);
  });

  it("refuses a seriesOrder without a series", async () => {
    expect(await problems("seriesOrder: 1")).toEqual(['posts/t.md:4:1: seriesOrder: is set, but the post names no series; expected series: as well, for example series: "Reading the Iraqi Press"']);
  });

  it("refuses a pinned that is not true or false", async () => {
    expect(await problems("pinned: yes please")).toEqual(["posts/t.md:4:1: pinned: is a string; expected true or false (true shows the post first on the home page)"]);
  });
});
