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
      theme: { font: "serif", share: [] },
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

  it("takes a theme: an accent per scheme, a face, files of public/ and share links", () => {
    const theme = { accent: { light: "#1d5794", dark: "#8cc4ff" }, font: "sans", logo: "logo.svg", favicon: "icons/favicon.png", stylesheet: "custom.css", share: ["email", "bluesky"] };
    expect(validateSettings({ title: "T", url: "https://example.com/", theme }).theme).toEqual(theme);
  });

  it("refuses an accent that does not read at 4.5:1 on its scheme's background, giving the ratio", () => {
    expect(() => validateSettings({ title: "T", url: "https://example.com/", theme: { accent: { light: "#ffcc00", dark: "#f4a27e" } } })).toThrow(
      'site.config.ts: theme.accent.light: is #ffcc00, which has 1.4:1 against the light background #fdfcf9; expected at least 4.5:1 (WCAG AA for link text), for example "#8a2c0f"',
    );
    expect(() => validateSettings({ title: "T", url: "https://example.com/", theme: { accent: { light: "#8a2c0f", dark: "#8a2c0f" } } })).toThrow(
      /theme\.accent\.dark: is #8a2c0f, which has 2\.\d:1 against the dark background #161513/,
    );
  });

  it("asks for one accent per scheme when given one colour, since none reads on both", () => {
    expect(() => validateSettings({ title: "T", url: "https://example.com/", theme: { accent: "#1d5794" } })).toThrow(
      /theme\.accent: expected \{ light: "#8a2c0f", dark: "#f4a27e" \}: one accent per scheme/,
    );
  });

  it("refuses theme files outside public/, an unknown face, an unknown share service and an unknown theme setting", () => {
    const problems = (theme: unknown) => {
      try {
        validateSettings({ title: "T", url: "https://example.com/", theme });
      } catch (error) {
        return (error as ProblemsError).problems.map((problem) => `${problem.field}: ${problem.message}`);
      }
      return [];
    };
    expect(problems({ logo: "/etc/passwd" })).toEqual(['theme.logo: expected an image in public/ as a path inside public/, without a leading / or .., for example "logo.svg"']);
    expect(problems({ stylesheet: "../../secret.css" })[0]).toMatch(/^theme\.stylesheet: expected a stylesheet in public\/ as a path inside public\//);
    expect(problems({ favicon: "https://cdn.example.com/x.png" })[0]).toMatch(/^theme\.favicon: expected an icon in public\//);
    expect(problems({ font: "comic" })).toEqual(["theme.font: is \"comic\"; expected the face of the text, one of: serif, sans"]);
    expect(problems({ share: ["facebook"] })).toEqual(['theme.share.0: is "facebook"; expected a service to share on, one of: email, mastodon, bluesky, linkedin']);
    expect(problems({ colour: "red" })).toEqual(["theme.colour: is not a setting Broadsheet knows; expected one of accent, font, logo, favicon, stylesheet, share"]);
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
      "site.config.ts:6:3: colour: is not a setting Broadsheet knows; expected one of title, description, url, language, defaultAuthor, pageSize, feedSize, feeds, toc, comments, socialCards, permalink, remoteImages, strictLinks, theme, nav, profiles, copyright, license",
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
