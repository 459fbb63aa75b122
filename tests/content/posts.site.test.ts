import { execFile, execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/cli/check.ts";
import { buildSite, runCommand, type CommandResult } from "../helpers/build.ts";
import { ENGINE_ROOT, FIXTURES, makeSite, post, tempDir } from "../helpers/site.ts";

const mark = readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png"));

/** Every file of a built site, relative, with forward slashes. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** Whether any built file holds these bytes: a file published under another name is still published. */
function published(outDir: string, bytes: Uint8Array): boolean {
  return filesIn(outDir).some((file) => readFileSync(path.join(outDir, file)).includes(Buffer.from(bytes)));
}

/** An output folder holding a site built before, which a failed build must leave as it is. */
function previousSite(): string {
  const outDir = path.join(tempDir(), "_site");
  mkdirSync(outDir);
  writeFileSync(path.join(outDir, "index.html"), "the site as it was");
  return outDir;
}

async function checkAndBuild(root: string): Promise<{ checked: CommandResult; built: CommandResult; outDir: string }> {
  const checked = await runCommand(check, ["--site", root]);
  const outDir = previousSite();
  const built = await buildSite(root, { outDir });
  expect(built.stderr).toBe(`${checked.stderr}Nothing was written; the previous site is unchanged.\n`);
  expect(filesIn(outDir)).toEqual(["index.html"]);
  return { checked, built, outDir };
}

const valid = (title: string, more: Record<string, unknown> = {}) => post({ title, author: "A", date: "2020-01-01", ...more });

describe("folder posts publish only their own folder", () => {
  it("refuses an index.md directly in posts/, which would publish every file of every post, a draft's image included", async () => {
    const root = makeSite({
      "index.md": valid("Everything"),
      "draft.md": valid("Draft", { draft: true }, ),
      "images/secret.png": mark,
    });
    writeFileSync(path.join(root, "posts", "draft.md"), `${valid("Draft", { draft: true })}\n![The plan](images/secret.png)\n`);
    const { checked } = await checkAndBuild(root);
    expect(checked.stderr).toBe(
      "posts/index.md: an index.md directly in posts/ would make the whole folder one post and publish every file in it; expected a post with a name of its own (posts/about.md), or a folder post in a folder of its own (posts/<name>/index.md)\n1 problem found.\n",
    );
  });

  it("refuses an index.md in a folder that holds other posts", async () => {
    const root = makeSite({ "2020/index.md": valid("The Year"), "2020/a.md": valid("A"), "2020/b/c.md": valid("C"), "2020/notes.pdf": "notes" });
    const { checked } = await checkAndBuild(root);
    expect(checked.stderr).toBe(
      "posts/2020/index.md: an index.md makes posts/2020/ a folder post, whose every file is published with it, but posts/2020/ also holds 2 other posts (posts/2020/a.md, ...); expected a folder post in a folder of its own (posts/2020/<name>/index.md), or another file name\n1 problem found.\n",
    );
  });

  it("publishes a folder post's own files, and nothing of a draft's, a scheduled post's or an expired post's", async () => {
    const plan = Buffer.from("%PDF-1.4 the draft's plan");
    const schedule = Buffer.from("the scheduled post's timetable");
    const offer = Buffer.from("the expired post's offer");
    const secret = Buffer.concat([mark, Buffer.from([0])]);
    const root = makeSite({
      "trip/index.md": `${valid("Trip")}\n[The map](map.txt)\n`,
      "trip/map.txt": "a map",
      "secret/index.md": valid("Secret", { draft: true }),
      "secret/plan.pdf": plan,
      "later/index.md": post({ title: "Later", author: "A", date: "2099-01-01" }),
      "later/timetable.txt": schedule,
      // Hugo's expiryDate, past at the build's now.
      "sale/index.md": post({ title: "Sale", author: "A", date: "2025-01-01", expiryDate: "2025-12-31" }),
      "sale/offer.txt": offer,
      "images/secret.png": secret,
    });
    writeFileSync(path.join(root, "posts", "draft.md"), `${valid("Draft", { draft: true })}\n![The plan](images/secret.png)\n`);
    const built = await buildSite(root, { now: "2026-01-01" });
    expect(built.code).toBe(0);
    expect(filesIn(built.outDir)).toContain("posts/trip/map.txt");
    for (const bytes of [plan, schedule, offer, secret]) expect(published(built.outDir, bytes)).toBe(false);
    expect(filesIn(built.outDir).filter((file) => /secret|later|sale|draft|images\/(?!card-)/.test(file))).toEqual([]);
  });
});

describe("nothing outside the site's folders is read into it", () => {
  it("refuses a post and an image that are links to files elsewhere on the machine", async () => {
    const elsewhere = tempDir("broadsheet-elsewhere-");
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>from elsewhere</text></svg>';
    writeFileSync(path.join(elsewhere, "secret.svg"), svg);
    writeFileSync(path.join(elsewhere, "notes.md"), valid("Private Notes"));
    const root = makeSite({ "a.md": `${valid("A")}\n![A logo](images/logo.svg)\n`, "images/.keep": "" });
    symlinkSync(path.join(elsewhere, "secret.svg"), path.join(root, "posts", "images", "logo.svg"));
    symlinkSync(path.join(elsewhere, "notes.md"), path.join(root, "posts", "notes.md"));
    const { checked } = await checkAndBuild(root);
    const real = realpathSync(elsewhere);
    expect(checked.stderr).toBe(
      [
        `posts/images/logo.svg: is a link to ${real}/secret.svg, outside the site's folders (posts/, pages/, comments/, public/); expected the file itself, copied into the site, as only the site's own files are published`,
        `posts/notes.md: is a link to ${real}/notes.md, outside the site's folders (posts/, pages/, comments/, public/); expected the file itself, copied into the site, as only the site's own files are published`,
        `posts/a.md:9: image images/logo.svg: posts/images/logo.svg is a link to ${real}/secret.svg, outside the site's folders (posts/, pages/, comments/, public/); expected the file itself, copied into the site, as only the site's own files are published`,
        "3 problems found.",
        "",
      ].join("\n"),
    );
  });

  it("builds posts and images that are links inside the site", async () => {
    const root = makeSite({ "drafts/a.md": valid("A"), "b.md": `${valid("B")}\n![Also a mark](images/also-mark.png)\n`, "images/mark.png": mark });
    symlinkSync("drafts/a.md", path.join(root, "posts", "c.md"));
    symlinkSync("mark.png", path.join(root, "posts", "images", "also-mark.png"));
    const built = await buildSite(root);
    expect(built.stderr).toBe("");
    expect(filesIn(built.outDir)).toEqual(expect.arrayContaining(["posts/a/index.html", "posts/b/index.html", "posts/c/index.html"]));
    expect(readFileSync(path.join(built.outDir, "posts/b/index.html"), "utf8")).toContain("<picture>");
  });
});

describe("the posts folder", () => {
  it.each([
    ["missing", (root: string) => rmSync(path.join(root, "posts"), { recursive: true }), "posts/: not found; expected a folder posts/ beside site.config.ts, with a Markdown file for each post"],
    ["empty", (root: string) => rmSync(path.join(root, "posts", "a.md")), "posts/: has no posts; expected at least one .md or .markdown file (a site without posts would replace the published one with an empty one)"],
    ["a file", (root: string) => (rmSync(path.join(root, "posts"), { recursive: true }), writeFileSync(path.join(root, "posts"), "x")), "posts: is a file; expected a folder"],
  ])("is a problem when %s, and the previous site stays", async (_case, breakIt, line) => {
    const root = makeSite({ "a.md": valid("A") });
    breakIt(root);
    const { checked } = await checkAndBuild(root);
    expect(checked.stderr).toBe(`${line}\n1 problem found.\n`);
  });

  it("names a named pipe among the posts instead of waiting on it forever", async () => {
    const root = makeSite({ "a.md": valid("A") });
    execFileSync("mkfifo", [path.join(root, "posts", "b.md")]);
    const { checked } = await checkAndBuild(root);
    expect(checked.stderr).toBe("posts/b.md: is a named pipe, not a file; expected only files and folders (remove it)\n1 problem found.\n");
  });

  it("names an unreadable post and an unreadable folder, one line each, without a stack trace", async () => {
    const root = makeSite({ "a.md": valid("A"), "locked.md": valid("Locked"), "private/c.md": valid("C") });
    const site = path.join(tempDir(), "site");
    cpSync(root, site, { recursive: true });
    for (const dir of [path.dirname(site), site, path.join(site, "posts")]) chmodSync(dir, 0o755);
    chmodSync(path.join(site, "posts", "locked.md"), 0o000);
    chmodSync(path.join(site, "posts", "private"), 0o000);
    // Root reads everything: as root, check runs as nobody, who owns none of it.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await new Promise<CommandResult>((resolve) => {
      execFile(process.execPath, ["--import", "tsx", path.join(ENGINE_ROOT, "src", "cli", "check.ts"), "--site", site], { cwd: ENGINE_ROOT, ...asUser }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).toBe(
      [
        "posts/private/: cannot be read (permission denied); expected a file or folder you can read (check its permissions)",
        "posts/locked.md: cannot be read (permission denied); expected a file or folder you can read (check its permissions)",
        "2 problems found.",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
  });
});
