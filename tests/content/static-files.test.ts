import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isStaticClutter, loadStaticFiles } from "../../src/content/static-files.ts";
import { tempDir } from "../helpers/site.ts";

describe("isStaticClutter", () => {
  it("leaves out version control, desktop files and editor leftovers, and keeps every other dotfile", () => {
    for (const name of [".git", ".svn", ".DS_Store", "Thumbs.db", "desktop.ini", "notes.txt~", ".#notes.txt", ".notes.txt.swp"]) expect(isStaticClutter(name), name).toBe(true);
    for (const name of [".well-known", ".nojekyll", ".htaccess", "_redirects", "CNAME", "favicon.ico"]) expect(isStaticClutter(name), name).toBe(false);
  });
});

describe("loadStaticFiles", () => {
  it("lists public/ in code-point order with each file's address, and names a link out of the site without following it", async () => {
    const root = tempDir();
    const outside = tempDir("broadsheet-elsewhere-");
    writeFileSync(path.join(outside, "key.pem"), "secret");
    for (const [name, text] of Object.entries({ "favicon.ico": "i", "b.txt": "b", ".well-known/security.txt": "s", "files/Report 1.pdf": "p", ".git/HEAD": "ref", ".DS_Store": "x" })) {
      mkdirSync(path.dirname(path.join(root, "public", name)), { recursive: true });
      writeFileSync(path.join(root, "public", name), text);
    }
    symlinkSync(path.join(outside, "key.pem"), path.join(root, "public", "key.pem"));
    const { files, problems } = await loadStaticFiles(root);
    expect(files.map((file) => [file.source, file.url])).toEqual([
      ["public/.well-known/security.txt", "/.well-known/security.txt"],
      ["public/b.txt", "/b.txt"],
      ["public/favicon.ico", "/favicon.ico"],
      ["public/files/Report 1.pdf", "/files/Report 1.pdf"],
    ]);
    expect(problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([expect.stringMatching(/^public\/key\.pem: is a link to .*key\.pem, outside the site's folders/)]);
  });

  it("is content with a site that has no public/", async () => {
    expect(await loadStaticFiles(tempDir())).toEqual({ files: [], problems: [] });
  });
});
