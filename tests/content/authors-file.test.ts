import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadAuthorsFile, parseAuthorsFile } from "../../src/content/authors-file.ts";
import { formatProblem } from "../../src/model/problem.ts";
import { tempDir } from "../helpers/site.ts";

describe("parseAuthorsFile", () => {
  it("reads names, bios and links", () => {
    const result = parseAuthorsFile(
      ["- name: Amira Haddad", "  bio: Writes about method.", "  links:", "    - title: Website", "      url: https://example.org/amira", "- name: Nicholas Doumouras, Jr.", ""].join("\n"),
    );
    expect(result).toEqual({
      ok: true,
      profiles: [
        { name: "Amira Haddad", bio: "Writes about method.", links: [{ title: "Website", url: "https://example.org/amira" }] },
        { name: "Nicholas Doumouras, Jr.", links: [] },
      ],
    });
  });

  it("reads an empty file as no authors", () => {
    expect(parseAuthorsFile("")).toEqual({ ok: true, profiles: [] });
    expect(parseAuthorsFile("# nobody yet\n")).toEqual({ ok: true, profiles: [] });
  });

  it("reports every problem with its line, column and field", () => {
    const result = parseAuthorsFile(
      ["- name: Amira Haddad", "  links:", "    - title: Website", "      url: javascript:alert(1)", "- bio: No name here", "- name: Amira  Haddad", "  website: https://x.example/"].join("\n"),
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "authors.yaml", line: 4, column: 12, field: "authors[1].links[1].url", message: expect.stringMatching(/expected an absolute http\(s\) or mailto: URL/) }),
        expect.objectContaining({ line: 5, field: "authors[2].name", message: expect.stringMatching(/is missing/) }),
        expect.objectContaining({ line: 6, field: "authors[3]", message: expect.stringMatching(/website/) }),
      ]),
    );
  });

  it("refuses the same author twice, naming the first entry", () => {
    const result = parseAuthorsFile("- name: Amira Haddad\n- name: amira haddad\n");
    expect(result).toEqual({ ok: false, problems: [{ file: "authors.yaml", line: 2, column: 9, field: "name", message: '"amira haddad" is already described in entry 1; expected each author once' }] });
  });

  it("reports broken YAML and a file that is not a list", () => {
    const broken = parseAuthorsFile('- name: "Amira\n');
    expect(broken.ok).toBe(false);
    expect(broken.ok ? [] : broken.problems[0]?.message).toMatch(/^broken YAML/);
    const notList = parseAuthorsFile("name: Amira\n");
    expect(notList.ok ? [] : notList.problems).toEqual([expect.objectContaining({ line: 1, column: 1, message: "expected a list of authors, each starting with - name:" })]);
  });

  it("takes an avatar inside public/, and refuses one outside it, naming the line", () => {
    expect(parseAuthorsFile("- name: A\n  avatar: avatars/a.jpg\n")).toEqual({ ok: true, profiles: [{ name: "A", links: [], avatar: "avatars/a.jpg" }] });
    for (const avatar of ["/etc/passwd", "../secret.jpg", "https://example.com/a.jpg"]) {
      const result = parseAuthorsFile(`- name: A\n  avatar: ${avatar}\n`);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
        'authors.yaml:2:11: authors[1].avatar: expected a path inside public/, without a leading / or .., for example "avatars/amira.jpg"',
      ]);
    }
  });
});

describe("loadAuthorsFile", () => {
  it("names an avatar that is not in public/", async () => {
    const root = tempDir();
    mkdirSync(path.join(root, "public"));
    writeFileSync(path.join(root, "public", "here.jpg"), "");
    writeFileSync(path.join(root, "authors.yaml"), "- name: A\n  avatar: here.jpg\n- name: B\n  avatar: gone.jpg\n");
    const result = await loadAuthorsFile(root);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'authors.yaml: authors[2].avatar: is "gone.jpg", but public/gone.jpg does not exist; expected a picture in the site\'s public/ folder, named relative to it',
    ]);
  });
});
