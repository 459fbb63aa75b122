import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";
import { filesOf as tree, makeSite, post } from "../helpers/site.ts";

describe("reading posts in worker threads", () => {
  it("writes the same bytes with one worker and with three", async () => {
    // More posts than workers, with code (Prism loads its grammars in each worker), math, headings, tags and footnotes.
    const posts: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      const body = `## Part ${i}\n\nText with a note[^1] and $x^${i}$.\n\n\`\`\`${["js", "python", "bash"][i % 3]}\nconst n = ${i};\n\`\`\`\n\n[^1]: The note ${i}.`;
      posts[`extra-${i}.md`] = post({ title: `Extra ${i}`, author: "A. Writer", date: `2021-0${1 + (i % 9)}-1${i % 10}`, tags: [`t${i % 4}`] }, body);
    }
    // No social cards: drawing them would be most of the time, and it happens after the posts are read.
    const root = makeSite(posts, { socialCards: false });
    // Without the build cache, or the second build would take the first's posts instead of reading them.
    const one = await buildSite(root, { now: "2026-01-01", workers: 1, noCache: true });
    const three = await buildSite(root, { now: "2026-01-01", workers: 3, noCache: true });
    expect(one.stderr).toBe("");
    expect(three.code).toBe(0);
    const [a, b] = [tree(one.outDir), tree(three.outDir)];
    expect([...a.keys()].filter((file) => file.startsWith(`posts${path.sep}extra-`)).length).toBe(12);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true);
  }, 180_000);

  it("reports a broken site's problems in the same words and order with workers as without", async () => {
    const root = makeSite({
      "a-good.md": post({ title: "Good", author: "A", date: "2021-01-01" }),
      "b-no-title.md": post({ author: "A", date: "2021-01-01" }),
      "c-bad-date.md": post({ title: "Bad", author: "A", date: "2021-02-30" }),
      "d-broken.md": "---\ntitle: [unclosed\n---\n\nText.\n",
    });
    const inline = await buildSite(root, { workers: 0, noCache: true });
    const pooled = await buildSite(root, { workers: 3, noCache: true });
    expect(inline.code).toBe(1);
    expect(inline.stderr).toContain("posts/b-no-title.md: title: is missing");
    expect(pooled.code).toBe(1);
    expect(pooled.stderr).toBe(inline.stderr);
  }, 120_000);
});
