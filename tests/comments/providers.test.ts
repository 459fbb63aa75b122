import { describe, expect, it } from "vitest";
import { embedFor, noticeFor, PROVIDERS } from "../../src/comments/providers.ts";
import { validateSettings } from "../../src/content/settings.ts";
import type { ProviderSettings, SettingsInput } from "../../src/model/settings.ts";
import { ProblemsError } from "../../src/model/problem.ts";
import { MINIMAL } from "../helpers/comments.ts";

const base = { title: "T", url: "https://example.com/" };
const page = { id: "my-post", url: "https://example.com/posts/my-post/", title: 'A "quoted" <title>' };

function settingsOf(comments: SettingsInput["comments"]): ProviderSettings {
  const settings = validateSettings({ ...base, comments }).comments;
  if (settings.provider === "none") throw new Error("expected a provider");
  return settings;
}

function problemsOf(comments: unknown): string {
  try {
    validateSettings({ ...base, comments });
  } catch (error) {
    if (error instanceof ProblemsError) return error.message;
    throw error;
  }
  throw new Error("expected the settings to be refused");
}

describe("the comments setting", () => {
  it("defaults to no provider, comments on", () => {
    expect(validateSettings(base).comments).toEqual({ provider: "none", enabled: true });
    expect(validateSettings({ ...base, comments: { enabled: false } }).comments).toEqual({ provider: "none", enabled: false });
  });

  it("fills each provider's documented defaults", () => {
    expect(settingsOf(MINIMAL.giscus)).toMatchObject({ mapping: "specific", strict: false, reactions: true, inputPosition: "bottom", enabled: true });
    expect(settingsOf(MINIMAL.utterances)).toMatchObject({ issueTerm: "post-id" });
    expect(settingsOf(MINIMAL.disqus)).toMatchObject({ shortname: "security-brief" });
    expect(settingsOf(MINIMAL.isso)).toMatchObject({ host: "https://comments.example.net/isso" });
    expect(settingsOf(MINIMAL.remark42)).toMatchObject({ host: "https://remark42.example.net", siteId: "remark" });
  });

  it("names every missing setting of a provider, with what to write", () => {
    const message = problemsOf({ provider: "giscus", repo: "octo-org/blog" });
    expect(message).toMatch(/^site\.config\.ts: comments\.repoId: is missing; expected the repository id giscus\.app shows/m);
    expect(message).toMatch(/^site\.config\.ts: comments\.category: is missing/m);
    expect(message).toMatch(/^site\.config\.ts: comments\.categoryId: is missing/m);
    expect(message).toContain("3 problems found.");
    expect(problemsOf({ provider: "disqus" })).toMatch(/^site\.config\.ts: comments\.shortname: is missing; expected the site's Disqus shortname/m);
    expect(problemsOf({ provider: "isso" })).toMatch(/^site\.config\.ts: comments\.host: expected the Isso server as an absolute http\(s\) URL/m);
    expect(problemsOf({ provider: "remark42", host: "remark42.example.net" })).toMatch(/^site\.config\.ts: comments\.host: expected the Remark42 server/m);
    expect(problemsOf({ provider: "isso", host: "https://comments.example.net/?site=blog" })).toMatch(/^site\.config\.ts: comments\.host: expected the Isso server without a query or fragment/m);
  });

  it("refuses an unknown provider, a bad value and a misspelt setting", () => {
    expect(problemsOf({ provider: "facebook" })).toMatch(/^site\.config\.ts: comments\.provider: provider is "facebook"; expected one of none, giscus, utterances, disqus, isso, remark42$/m);
    expect(problemsOf({ ...MINIMAL.giscus, mapping: "number" })).toMatch(/^site\.config\.ts: comments\.mapping: is "number"; expected how posts map to discussions, one of: specific, pathname/m);
    expect(problemsOf({ ...MINIMAL.utterances, repo: "just-a-name" })).toMatch(/^site\.config\.ts: comments\.repo: expected a GitHub repository as owner\/name/m);
    expect(problemsOf({ ...MINIMAL.giscus, repoID: "x" })).toMatch(/^site\.config\.ts: comments\.repoID: is not a setting Broadsheet knows; did you mean "repoId"\?$/m);
    expect(problemsOf({ ...MINIMAL.disqus, enabled: "no" })).toMatch(/^site\.config\.ts: comments\.enabled: is a string; expected true or false/m);
    expect(problemsOf(true)).toMatch(/^site\.config\.ts: comments: is a boolean; expected settings such as/m);
  });
});

describe("each provider's embed", () => {
  it("giscus: its client.js with the documented data- attributes, keyed by the post id, in the page's scheme", () => {
    const embed = embedFor(settingsOf({ ...MINIMAL.giscus, lang: "de" }), page, "dark");
    expect(embed.mount).toEqual({ tag: "div", attributes: { class: "giscus" } });
    expect(embed.script.src).toBe("https://giscus.app/client.js");
    expect(embed.script.attributes).toEqual({
      "data-repo": "octo-org/blog",
      "data-repo-id": "R_1",
      "data-category": "Comments",
      "data-category-id": "DIC_1",
      "data-mapping": "specific",
      "data-term": "my-post",
      "data-strict": "0",
      "data-reactions-enabled": "1",
      "data-emit-metadata": "0",
      "data-input-position": "bottom",
      "data-theme": "dark",
      "data-lang": "de",
      crossorigin: "anonymous",
    });
    expect(embedFor(settingsOf(MINIMAL.giscus), page, "light").script.attributes["data-theme"]).toBe("light");
    const byPath = embedFor(settingsOf({ ...MINIMAL.giscus, mapping: "pathname" }), page, "light").script.attributes;
    expect(byPath["data-mapping"]).toBe("pathname");
    expect(byPath).not.toHaveProperty("data-term");
  });

  it("utterances: repo, issue-term (the post id by default) and theme, its script inside the mount", () => {
    const embed = embedFor(settingsOf({ ...MINIMAL.utterances, label: "comments" }), page, "dark");
    expect(embed.script).toEqual({
      src: "https://utteranc.es/client.js",
      attributes: { repo: "octo-org/blog", "issue-term": "my-post", label: "comments", theme: "github-dark", crossorigin: "anonymous" },
      inside: true,
    });
    expect(embedFor(settingsOf({ ...MINIMAL.utterances, issueTerm: "pathname" }), page, "light").script.attributes).toMatchObject({ "issue-term": "pathname", theme: "github-light" });
  });

  it("Disqus: the shortname's embed.js and disqus_config with the canonical URL and identifier", () => {
    const embed = embedFor(settingsOf(MINIMAL.disqus), page, "light");
    expect(embed.mount).toEqual({ tag: "div", attributes: { id: "disqus_thread" } });
    expect(embed.script.src).toBe("https://security-brief.disqus.com/embed.js");
    expect(embed.global).toEqual({ name: "disqus_config", value: { page: { url: page.url, identifier: "my-post", title: page.title } }, asFunction: true });
  });

  it("Isso: embed.min.js from the server with data-isso, and #isso-thread with the post id and title", () => {
    const embed = embedFor(settingsOf({ ...MINIMAL.isso, lang: "fr" }), page, "light");
    expect(embed.mount).toEqual({ tag: "section", attributes: { id: "isso-thread", "data-isso-id": "my-post", "data-title": page.title } });
    expect(embed.script).toEqual({ src: "https://comments.example.net/isso/js/embed.min.js", attributes: { "data-isso": "https://comments.example.net/isso", "data-isso-lang": "fr" }, inside: false });
  });

  it("Remark42: remark_config with host, site_id, url, page_title and theme, then the server's embed.js into #remark42", () => {
    const embed = embedFor(settingsOf(MINIMAL.remark42), page, "dark");
    expect(embed.mount).toEqual({ tag: "div", attributes: { id: "remark42" } });
    expect(embed.script.src).toBe("https://remark42.example.net/web/embed.js");
    expect(embed.global).toEqual({
      name: "remark_config",
      value: { host: "https://remark42.example.net", site_id: "remark", url: page.url, page_title: page.title, theme: "dark", components: ["embed"] },
      asFunction: false,
    });
  });

  it("tells readers who hosts the comments, which host loading them contacts, and where the privacy policy is", () => {
    expect(noticeFor(settingsOf(MINIMAL.giscus), page)).toEqual({ displayName: "giscus", service: "GitHub Discussions", host: "giscus.app", privacyPolicy: PROVIDERS.giscus.privacyPolicy });
    expect(noticeFor(settingsOf(MINIMAL.isso), page)).toEqual({ displayName: "Isso", service: undefined, host: "comments.example.net", privacyPolicy: undefined });
    expect(noticeFor(settingsOf({ ...MINIMAL.remark42, privacyPolicy: "https://example.com/privacy" }), page).privacyPolicy).toBe("https://example.com/privacy");
  });
});
