import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/cli/check.ts";
import { runCli, runCommand } from "../helpers/build.ts";
import { makeSite, post } from "../helpers/site.ts";

/** A site whose site.config.ts is `source`, with one sound post. */
function siteWithConfig(source: string): string {
  const root = makeSite({ "a.md": post({ title: "A", author: "A", date: "2020-01-01" }) }, null);
  writeFileSync(path.join(root, "site.config.ts"), source);
  return root;
}

// In a child process, as `npm run check` runs it: the test process imports TypeScript through Vite, whose errors read otherwise.
describe("a settings file that cannot run", () => {
  it("gives a syntax error as one line with the file and line, from check and build alike", async () => {
    const root = siteWithConfig('export default {\n  title: "T",\n  url: "https://example.com/"\n  language: "en",\n};\n');
    const checked = await runCli("check", ["--site", root]);
    expect(checked.stderr).toBe(
      'site.config.ts:4:3: is not valid TypeScript: Expected "}" but found "language"; expected the settings as export default { title: "My Blog", url: "https://example.com/" }\n1 problem found.\n',
    );
    const built = await runCli("build", ["--site", root, "--out", path.join(root, "_site")]);
    expect(built.code).toBe(1);
    expect(built.stderr).toBe(`${checked.stderr}Nothing was written; the previous site is unchanged.\n`);
  });

  it("gives an error thrown while it runs as one line with the line it was thrown from", async () => {
    const root = siteWithConfig('const url: string | undefined = undefined;\nfunction siteUrl(): string {\n  if (!url) throw new Error("SITE_URL is not set");\n  return url;\n}\nexport default { title: "T", url: siteUrl() };\n');
    const checked = await runCli("check", ["--site", root]);
    expect(checked.stderr).toBe(
      'site.config.ts:3:19: stopped with Error: SITE_URL is not set; expected a file that only gives the settings, as export default { title: "My Blog", url: "https://example.com/" }\n1 problem found.\n',
    );
  });
});

describe("authors.yaml", () => {
  it("says so when it is not UTF-8", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "A", date: "2020-01-01" }) });
    // "Zoë" in Latin-1, as an old editor might save it.
    writeFileSync(path.join(root, "authors.yaml"), Buffer.from([...Buffer.from("- name: Zo"), 0xeb, 0x0a]));
    const checked = await runCommand(check, ["--site", root]);
    expect(checked.stderr).toBe("authors.yaml: is not valid UTF-8 text; expected the file to be saved as UTF-8\n1 problem found.\n");
  });
});
