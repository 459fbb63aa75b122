import { describe, expect, it } from "vitest";
import { check } from "../../src/cli/check.ts";
import { runCommand } from "../helpers/build.ts";
import { makeSite, post } from "../helpers/site.ts";

/** The body of the linking post starts on line 8 (four fields of front matter). */
const fields = (title: string, date: string, extra: Record<string, unknown> = {}) => ({ title, author: "A", date, ...extra });

const BODY = [
  "Sound: [the other post](../other/), [its second part](/posts/other/#second-part), [the tag](/tags/harbour/),",
  "[the archive](../../archive/), [a note](#fn1)[^1], [a file](../folder-post/map.txt), [the feed](/feed.xml) and [elsewhere](https://example.com/x).",
  "",
  "Broken: [gone](../gone/) and [a heading that is not there](/posts/other/#no-such-part).",
  "",
  "  [a draft](/posts/draft/) and [the Markdown file](other.md) and [here](#nowhere).",
  "",
  "[^1]: A note.",
].join("\n");

function site(config: Record<string, unknown> = {}) {
  return makeSite(
    {
      "linker.md": post(fields("Linker", "2021-01-01", { tags: ["harbour"] }), BODY),
      "other.md": post(fields("Other", "2021-01-02"), "## First part\n\nText.\n\n## Second part\n\nMore."),
      "draft.md": post(fields("Draft", "2021-01-03", { draft: true })),
      "folder-post/index.md": post(fields("Folder", "2021-01-04")),
      "folder-post/map.txt": "a map",
    },
    config,
  );
}

describe("links inside the site", () => {
  it("are checked while building: each broken one is a warning with file, line and column, and says what to write", async () => {
    const result = await runCommand(check, ["--site", site()]);
    expect(result.code).toBe(0);
    const lines = (result.stdout + result.stderr).split("\n").filter((line) => line.startsWith("posts/"));
    expect(lines).toEqual([
      "posts/linker.md:11:9: warning: links to ../gone/, which is no page or file of this site (the link would go to /posts/gone/); expected the address of a post, tag, author or page of this site, such as ../other-post/",
      "posts/linker.md:11:30: warning: links to #no-such-part of posts/other.md (/posts/other/#no-such-part), which no heading, footnote or element there has as its id; expected one of its ids, such as #first-part, #second-part",
      "posts/linker.md:13:3: warning: links to /posts/draft/, the page of posts/draft.md, which is a draft, scheduled for later or past its expiryDate, and so is not published; expected a link to a published post",
      "posts/linker.md:13:32: warning: links to other.md, which is no page or file of this site (the link would go to /posts/linker/other.md); link to its page instead: [Other](../other/index.html)",
      "posts/linker.md:13:66: warning: links to #nowhere of this post (/posts/linker/#nowhere), which no heading, footnote or element there has as its id; expected one of its ids",
    ]);
  });

  it("find headings in any script, however the address is encoded, and name a broken link as it was written", async () => {
    const body = "[Markets](../baghdad/#الأسواق), [encoded](../baghdad/#%D8%A7%D9%84%D8%A3%D8%B3%D9%88%D8%A7%D9%82), [missing](../بصرة/) and [bad](../%E0%A4%A/).";
    const root = makeSite({
      "linker.md": post(fields("Linker", "2021-01-01"), body),
      "baghdad.md": post(fields("بغداد", "2021-01-02", { lang: "ar" }), "## الأسواق\n\nنص."),
    });
    const result = await runCommand(check, ["--site", root]);
    const lines = (result.stdout + result.stderr).split("\n").filter((line) => line.startsWith("posts/"));
    expect(lines).toEqual([
      "posts/linker.md:7:100: warning: links to ../بصرة/, which is no page or file of this site (the link would go to /posts/بصرة/); expected the address of a post, tag, author or page of this site, such as ../other-post/",
      "posts/linker.md:7:124: warning: links to ../%E0%A4%25A/, which is not a valid address; expected its special characters written as they are or correctly %-encoded",
    ]);
  });

  it("stop the build when the settings ask for strict links", async () => {
    const result = await runCommand(check, ["--site", site({ strictLinks: true })]);
    expect(result.code).not.toBe(0);
    expect(result.stderr + result.stdout).toContain("posts/linker.md:11:9: links to ../gone/, which is no page or file of this site");
    expect(result.stderr + result.stdout).toMatch(/5 problems found/);
  });
});
