import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/site/load.ts";
import { buildSite } from "../helpers/build.ts";
import { makeSite, post } from "../helpers/site.ts";

const NOW = "2024-01-01T00:00:00Z";

describe("a site-wide permalink pattern", () => {
  it("publishes every post, feed entry, sitemap entry and redirect at Jekyll's dated addresses, so two posts may share a slug", async () => {
    // Jekyll's default permalink (jekyllrb.com/docs/permalinks/) is /:categories/:year/:month/:day/:title:output_ext; moved blogs set /:year/:month/:day/:title/.
    const root = makeSite(
      {
        "2020-03-01-weekly-notes.md": post({ title: "Weekly notes", author: "A", date: "2020-03-01 9:30:00 +0000", redirect_from: "/old/notes-2020/" }),
        "2021-03-01-weekly-notes.md": post({ title: "Weekly notes", author: "A", slug: "weekly-notes" }),
      },
      { permalink: "/:year/:month/:day/:title/" },
    );
    const built = await buildSite(root, { now: NOW });
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(existsSync(path.join(built.outDir, "2020/03/01/weekly-notes/index.html"))).toBe(true);
    expect(existsSync(path.join(built.outDir, "2021/03/01/weekly-notes/index.html"))).toBe(true);
    expect(existsSync(path.join(built.outDir, "posts"))).toBe(false);
    const feed = readFileSync(path.join(built.outDir, "feed.xml"), "utf8");
    expect(feed).toContain("https://blog.example.org/2020/03/01/weekly-notes/");
    expect(feed).toContain("https://blog.example.org/2021/03/01/weekly-notes/");
    const sitemap = readFileSync(path.join(built.outDir, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("<loc>https://blog.example.org/2021/03/01/weekly-notes/</loc>");
    const redirect = readFileSync(path.join(built.outDir, "old/notes-2020/index.html"), "utf8");
    expect(redirect).toContain("2020/03/01/weekly-notes/");
    const home = readFileSync(path.join(built.outDir, "index.html"), "utf8");
    expect(home).toContain('href="2021/03/01/weekly-notes/index.html"');
  });

  it("names both posts when the pattern gives them one address", async () => {
    const root = makeSite(
      {
        "2021-01-05-notes.md": post({ title: "January notes", author: "A" }),
        "2021-09-05-notes.md": post({ title: "September notes", author: "A" }),
      },
      { permalink: "/:year/:slug/" },
    );
    const site = await loadSite(root, { mode: "production", now: Date.parse(NOW) });
    expect(site.problems).toEqual([
      expect.objectContaining({ file: "posts/2021-09-05-notes.md", message: expect.stringMatching(/gives the URL \/2021\/notes\/, which posts\/2021-01-05-notes\.md has already/) }),
    ]);
  });
});
