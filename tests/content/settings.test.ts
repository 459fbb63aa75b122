import { describe, expect, it } from "vitest";
import { settingsFileProblem, validateSettings } from "../../src/content/settings.ts";
import { formatProblem, ProblemsError } from "../../src/model/problem.ts";

describe("validateSettings", () => {
  it("fills defaults and ends the base URL with a slash", () => {
    expect(validateSettings({ title: "T", url: "https://example.com/blog" })).toEqual({
      title: "T",
      description: "",
      url: "https://example.com/blog/",
      language: "en",
      pageSize: 10,
      feedSize: 20,
      feeds: { content: "full" },
      toc: false,
      comments: { provider: "none", enabled: true },
      socialCards: true,
      strictLinks: false,
      permalink: "/posts/:slug/",
      remoteImages: true,
      profiles: [],
    });
  });

  it("takes the permalink patterns Jekyll and Hugo sites use, and refuses one that names no slug or an unknown part", () => {
    for (const permalink of ["/:year/:month/:day/:title/", "/:year/:slug/", "/blog/:i_month/:slug/", "/:slug/"]) {
      expect(validateSettings({ title: "T", url: "https://example.com/", permalink }).permalink).toBe(permalink);
    }
    expect(() => validateSettings({ title: "T", url: "https://example.com/", permalink: "/:year/:month/" })).toThrow(/permalink: expected a pattern that names the post's :slug/);
    expect(() => validateSettings({ title: "T", url: "https://example.com/", permalink: "/:categories/:slug/" })).toThrow(/permalink: names :categories; expected only :year/);
    expect(() => validateSettings({ title: "T", url: "https://example.com/", permalink: "/../:slug/" })).toThrow(/permalink: expected a pattern of plain path parts/);
    expect(() => validateSettings({ title: "T", url: "https://example.com/", permalink: ":slug" })).toThrow(/permalink: expected a pattern that starts and ends with \//);
  });

  it("refuses a page or feed size that is not a positive whole number", () => {
    expect(() => validateSettings({ title: "T", url: "https://example.com/", pageSize: 0 })).toThrow(/pageSize: expected at least 1/);
    expect(() => validateSettings({ title: "T", url: "https://example.com/", feedSize: 2.5 })).toThrow(/feedSize: expected a whole number/);
    expect(() => validateSettings({ title: "T", url: "https://example.com/", pageSize: "10" })).toThrow(/pageSize: expected a whole number of posts per page/);
  });

  it("reports every bad setting, each by name", () => {
    let error: unknown;
    try {
      validateSettings({ title: " ", url: "example.com", colour: "red" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProblemsError);
    const fields = (error as ProblemsError).problems.map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(["title", "url", "colour"]));
    expect((error as ProblemsError).message).toMatch(/^site\.config\.ts: url: expected an absolute http\(s\) URL/m);
  });
});

/** The problem lines validateSettings stops with. */
function problemLines(raw: unknown, source?: string): string[] {
  try {
    validateSettings(raw, "site.config.ts", source);
  } catch (error) {
    if (error instanceof ProblemsError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe("settings that would leak or mislead", () => {
  it.each([
    ["https://editor:hunter2@example.com/", "url: expected the address readers use, without a user name or password"],
    ["https://editor@example.com/", "url: expected the address readers use, without a user name or password"],
    ["https://example.com/blog/?utm_source=x", "url: expected the address of the site's front page, without a ?query or #fragment"],
    ["https://example.com/#top", "url: expected the address of the site's front page, without a ?query or #fragment"],
    ["https://example.com/?", "url: expected the address of the site's front page, without a ?query or #fragment"],
  ])("refuses the url %s", (url, line) => {
    expect(problemLines({ title: "T", url })).toEqual([expect.stringContaining(`site.config.ts: ${line}`)]);
  });

  it("refuses a comments server or privacy policy with a password in it", () => {
    expect(problemLines({ title: "T", url: "https://example.com/", comments: { provider: "isso", host: "https://admin:pw@comments.example.com/", privacyPolicy: "https://a:b@example.com/privacy" } })).toEqual([
      expect.stringMatching(/^site\.config\.ts: comments\.privacyPolicy: expected the privacy policy's URL without a user name or password/),
      expect.stringMatching(/^site\.config\.ts: comments\.host: expected the Isso server without a user name or password/),
    ]);
  });

  it("takes nav entries to this site's paths and to other sites, and refuses what is neither or would run or leak", () => {
    const nav = [
      { title: "About", url: "/about/" },
      { title: "Code", url: "https://github.com/you" },
      { title: "Write", url: "mailto:me@example.org" },
    ];
    expect(validateSettings({ title: "T", url: "https://example.com/", nav }).nav).toEqual(nav);
    for (const url of ["javascript:alert(1)", "//evil.example/", "about/", "/a/../b/", "/search/?q=x", "https://user:pw@example.com/", "/a b/"]) {
      expect(problemLines({ title: "T", url: "https://example.com/", nav: [{ title: "X", url }] }), url).toEqual([expect.stringMatching(/^site\.config\.ts: nav\.0\.url: /)]);
    }
    expect(problemLines({ title: "T", url: "https://example.com/", nav: [{ url: "/about/" }] })).toEqual([expect.stringMatching(/^site\.config\.ts: nav\.0\.title: /)]);
    expect(problemLines({ title: "T", url: "https://example.com/", nav: { title: "About", url: "/about/" } })).toEqual([
      'site.config.ts: nav: is a set of settings; expected a list of links, such as [{ title: "About", url: "/about/" }]',
    ]);
  });

  it("takes profiles and a licence only as absolute http(s) or mailto: addresses", () => {
    const settings = validateSettings({ title: "T", url: "https://example.com/", profiles: [{ title: "Mastodon", url: "https://mastodon.social/@me" }], license: { title: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } });
    expect(settings.profiles).toEqual([{ title: "Mastodon", url: "https://mastodon.social/@me" }]);
    expect(settings.license?.title).toBe("CC BY 4.0");
    expect(problemLines({ title: "T", url: "https://example.com/", profiles: [{ title: "Me", url: "/about/" }], license: { title: "L", url: "javascript:alert(1)" } })).toEqual([
      expect.stringMatching(/^site\.config\.ts: profiles\.0\.url: expected the profile's address as an absolute http\(s\) or mailto: URL/),
      expect.stringMatching(/^site\.config\.ts: license\.url: expected the licence's address as an absolute http\(s\) or mailto: URL/),
    ]);
  });

  it("names a misspelt setting with the one it was meant to be, at its line, and not also the missing one", () => {
    const source = 'export default {\n  titel: "T",\n  url: "https://example.com/",\n  pagesize: 5,\n  comments: { provider: "giscus", repo: "a/b", repoid: "R", category: "C", categoryId: "D" },\n  colour: "red",\n};\n';
    const raw = { titel: "T", url: "https://example.com/", pagesize: 5, comments: { provider: "giscus", repo: "a/b", repoid: "R", category: "C", categoryId: "D" }, colour: "red" };
    expect(problemLines(raw, source)).toEqual([
      'site.config.ts:5:48: comments.repoid: is not a setting Broadsheet knows; did you mean "repoId"?',
      'site.config.ts:2:3: titel: is not a setting Broadsheet knows; did you mean "title"?',
      'site.config.ts:4:3: pagesize: is not a setting Broadsheet knows; did you mean "pageSize"?',
      "site.config.ts:6:3: colour: is not a setting Broadsheet knows; expected one of title, description, url, language, defaultAuthor, pageSize, feedSize, feeds, toc, comments, socialCards, permalink, remoteImages, strictLinks, nav, profiles, copyright, license",
    ]);
  });
});

describe("settingsFileProblem", () => {
  it("gives esbuild's syntax error as one line with the file, line and column", () => {
    const error = new Error('Transform failed with 1 error:\n/home/me/blog/site.config.ts:4:2: ERROR: Expected "}" but found "language"');
    expect(formatProblem(settingsFileProblem(error, "/home/me/blog/site.config.ts"))).toBe(
      'site.config.ts:4:3: is not valid TypeScript: Expected "}" but found "language"; expected the settings as export default { title: "My Blog", url: "https://example.com/" }',
    );
  });

  it("gives an error thrown while the file ran as one line at the line it was thrown from", () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'url')\nmore detail");
    error.stack = "TypeError: Cannot read properties of undefined (reading 'url')\n    at file:///home/me/blog/site.config.ts?v=1-2:7:19\n    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)";
    expect(formatProblem(settingsFileProblem(error, "/home/me/blog/site.config.ts"))).toBe(
      "site.config.ts:7:19: stopped with TypeError: Cannot read properties of undefined (reading 'url'); expected a file that only gives the settings, as export default { title: \"My Blog\", url: \"https://example.com/\" }",
    );
  });
});
