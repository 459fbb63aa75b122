import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProviderEmbed as Embed } from "../../src/comments/providers.ts";
import type { ProviderName } from "../../src/model/settings.ts";
import { axeViolations, COLOR_SCHEMES, describeViolation, type ColorScheme } from "../gates/lib/accessibility.ts";
import { describeHtmlProblem, validateHtml, type HtmlProblem } from "../gates/lib/html-validator.ts";
import { recordTraffic } from "../gates/lib/traffic.ts";
import { launchBrowser, serveDirectory, type StaticServer } from "../helpers/browser.ts";
import { commentsFixture, MINIMAL } from "../helpers/comments.ts";
import { page, readOutput } from "../helpers/site.ts";
import { buildSite, type BuiltSite } from "../helpers/build.ts";

/** The fixture's post with a static comment and a title full of quotes and angle brackets. */
const POST = "posts/hostile-guest/index.html";
const POST_ID = "hostile-guest";
const POST_URL = "https://blog.example.org/sub/posts/hostile-guest/";
const POST_TITLE = 'A "Quoted" <Title> & </script> Too';

/** Stands in for every provider's script: records that it ran, and which script element it ran as. */
const STUB = "window.__providerScripts = (window.__providerScripts || []).concat([document.currentScript && document.currentScript.src]);";

interface Case {
  /** The exact script URL a click must request, and the only host it may contact. */
  readonly script: string;
  readonly host: string;
  /** Checks the mount element and the page id, URL and theme the provider would read. */
  readonly check: (tab: Page, scheme: ColorScheme) => Promise<void>;
}

async function attributes(tab: Page, selector: string): Promise<Record<string, string>> {
  return tab.$eval(selector, (element) => Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])));
}

const CASES: Record<ProviderName, Case> = {
  giscus: {
    script: "https://giscus.app/client.js",
    host: "giscus.app",
    async check(tab, scheme) {
      expect(await tab.locator("#comments .comments-provider > div.giscus").count()).toBe(1);
      expect(await attributes(tab, 'script[src="https://giscus.app/client.js"]')).toMatchObject({
        "data-repo": "octo-org/blog",
        "data-mapping": "specific",
        "data-term": POST_ID,
        "data-theme": scheme,
        crossorigin: "anonymous",
      });
      // The script comes right after the mount, where giscus looks for .giscus.
      expect(await tab.$eval("div.giscus", (mount) => mount.nextElementSibling?.getAttribute("src"))).toBe("https://giscus.app/client.js");
    },
  },
  utterances: {
    script: "https://utteranc.es/client.js",
    host: "utteranc.es",
    async check(tab, scheme) {
      expect(await attributes(tab, "#comments .comments-provider > div.utterances-thread > script")).toMatchObject({
        src: "https://utteranc.es/client.js",
        repo: "octo-org/blog",
        "issue-term": POST_ID,
        theme: `github-${scheme}`,
      });
    },
  },
  disqus: {
    script: "https://security-brief.disqus.com/embed.js",
    host: "security-brief.disqus.com",
    async check(tab) {
      expect(await tab.locator("#comments .comments-provider > div#disqus_thread").count()).toBe(1);
      // Disqus calls disqus_config with its config object as `this`.
      const configured = await tab.evaluate(() => {
        const config = { page: {} as Record<string, unknown> };
        (window as unknown as { disqus_config: (this: typeof config) => void }).disqus_config.call(config);
        return config.page;
      });
      expect(configured).toEqual({ url: POST_URL, identifier: POST_ID, title: POST_TITLE });
    },
  },
  isso: {
    script: "https://comments.example.net/isso/js/embed.min.js",
    host: "comments.example.net",
    async check(tab) {
      expect(await attributes(tab, "#comments .comments-provider > section#isso-thread")).toEqual({ id: "isso-thread", "data-isso-id": POST_ID, "data-title": POST_TITLE });
      expect(await attributes(tab, "script[data-isso]")).toMatchObject({ "data-isso": "https://comments.example.net/isso", src: "https://comments.example.net/isso/js/embed.min.js" });
    },
  },
  remark42: {
    script: "https://remark42.example.net/web/embed.js",
    host: "remark42.example.net",
    async check(tab, scheme) {
      expect(await tab.locator("#comments .comments-provider > div#remark42").count()).toBe(1);
      const config = await tab.evaluate(() => (window as unknown as { remark_config: unknown }).remark_config);
      expect(config).toEqual({ host: "https://remark42.example.net", site_id: "remark", url: POST_URL, page_title: POST_TITLE, theme: scheme, components: ["embed"] });
    },
  },
};

/** The sites this file builds: the comments fixture with each provider, and with static comments alone. */
type Setting = ProviderName | "none";
const SETTINGS: readonly Setting[] = [...(Object.keys(CASES) as ProviderName[]), "none"];

let browser: BrowserContext;
const built = new Map<Setting, { readonly site: BuiltSite; readonly server: StaticServer }>();
/** The Nu Html Checker on every site at once, started as soon as they are built; the last test awaits it. */
let htmlProblems: Promise<ReadonlyMap<string, HtmlProblem[]>>;

beforeAll(async () => {
  const launching = launchBrowser();
  try {
    // The builds run in this process, one after another (see buildSite), while Chromium starts.
    for (const setting of SETTINGS) {
      const site = await buildSite(commentsFixture(setting === "none" ? { provider: "none" } : MINIMAL[setting]));
      if (setting !== "none") expect(site.stderr, `${setting}: the build's errors`).toBe("");
      expect(site.code, `${setting}: the build's exit code`).toBe(0);
      built.set(setting, { site, server: await serveDirectory(site.outDir, "/sub/") });
    }
    htmlProblems = validateHtml([...built.values()].map(({ site }) => site.outDir));
    htmlProblems.catch(() => undefined);
  } finally {
    browser = await launching;
  }
  // Six builds, each of which had a hook (and its 180 s) of its own: on a busy machine they need that time together.
}, SETTINGS.length * 180_000);
afterAll(async () => {
  await browser?.close();
  for (const { server } of built.values()) await server.close();
});

function builtWith(setting: Setting): { readonly site: BuiltSite; readonly server: StaticServer } {
  const found = built.get(setting);
  if (!found) throw new Error(`the site with ${setting} comments was not built`);
  return found;
}

/**
 * Opens a post with every request watched (by the offline gate's recorder):
 * requests to other hosts are blocked, but the provider's script is answered
 * by the stub. Waits until the page's requests have settled.
 */
async function openPost(server: StaticServer, script: string | null, scheme: ColorScheme, file = POST) {
  const tab = await browser.newPage();
  await tab.emulateMedia({ colorScheme: scheme });
  const traffic = await recordTraffic(tab, server.url);
  // Asked before the recorder's own route, which Playwright asks last because it was added first.
  if (script) await tab.route(script, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: STUB }));
  await tab.goto(new URL(file, server.url).href);
  await traffic.settled();
  const origin = new URL(server.url).origin;
  const isLocal = (url: string) => url.startsWith(`${origin}/`);
  return {
    tab,
    /** Every request to another host so far, in order. */
    offSite: () => traffic.traffic().requests.filter((url) => !isLocal(url)),
    /** The paths of every request to the local server so far. */
    local: () => traffic.traffic().requests.filter(isLocal).map((url) => new URL(url).pathname),
  };
}

async function providerScriptsRun(tab: Page): Promise<string[]> {
  await tab.waitForFunction(() => (window as unknown as { __providerScripts?: string[] }).__providerScripts?.length === 1);
  return tab.evaluate(() => (window as unknown as { __providerScripts: string[] }).__providerScripts);
}

for (const [name, expected] of Object.entries(CASES) as [ProviderName, Case][]) {
  describe(`comments from ${name}`, () => {
    it("are not in the built page: no provider script or third-party URL, only our loader and the embed as inert data", () => {
      const { site } = builtWith(name);
      const $ = page(site.outDir, POST);
      expect($("script").map((_, script) => $(script).attr("src")).get()).toEqual(["../../assets/embeds.js"]);
      expect($("script[defer]").length).toBe(1);
      expect($("iframe, img, embed, object").length).toBe(0);
      const embeds = JSON.parse($("[data-embed]").attr("data-embed") ?? "") as { light: Embed; dark?: Embed };
      expect(embeds.light.script.src).toBe(expected.script);
      // Without JavaScript the button would do nothing, so it stays hidden and a note says why.
      expect($("button.embed-load").is("[hidden]")).toBe(true);
      expect($("button.embed-load").attr("type")).toBe("button");
      expect($(".comments-provider noscript").length).toBe(1);
      expect($(".comments-host").text()).toContain(`Your browser contacts ${expected.host} only if you load them.`);
      // Take away the inert embed data and the line telling readers about the host: nothing else names it.
      $("[data-embed]").removeAttr("data-embed");
      $(".comments-host").remove();
      expect($.html()).not.toContain(expected.host);
    });

    // The provider reads the reader's color scheme when the button is pressed; axe checks the section before and after.
    it.concurrent.for(COLOR_SCHEMES)(
      "load only that provider's script, only on a click, with the post's id and URL, in the %s scheme, with no accessibility violations before or after the click",
      async (scheme, { expect }) => {
        const { tab, offSite, local } = await openPost(builtWith(name).server, expected.script, scheme);
        try {
          expect(offSite()).toEqual([]);
          expect(local()).toContain("/sub/assets/embeds.js");
          const button = tab.getByRole("button", { name: "Load comments" });
          expect(await button.isVisible()).toBe(true);
          expect((await axeViolations(tab)).map(describeViolation), `${scheme}, before the click`).toEqual([]);
          await button.click();
          expect(await providerScriptsRun(tab)).toEqual([expected.script]);
          expect(offSite()).toEqual([expected.script]);
          expect(await button.count()).toBe(0);
          expect(await tab.evaluate(() => document.activeElement?.className)).toBe("comments-provider");
          await expected.check(tab, scheme);
          // The static comments stay above the provider's.
          expect(await tab.locator("#comments .comment-list + .comments-provider").count()).toBe(1);
          expect((await axeViolations(tab)).map(describeViolation), `${scheme}, after the click`).toEqual([]);
        } finally {
          await tab.close();
        }
      },
    );
  });
}

describe.concurrent("static comments without a provider", () => {
  it.for([POST, "posts/a-conversation/index.html", "index.html"])(
    "have no accessibility violations, light or dark, and load no comments script: %s (the home page shows the counts)",
    async (file, { expect }) => {
      const { tab, offSite, local } = await openPost(builtWith("none").server, null, "light", file);
      try {
        for (const scheme of COLOR_SCHEMES) {
          await tab.emulateMedia({ colorScheme: scheme });
          expect((await axeViolations(tab)).map(describeViolation), `${file}, ${scheme}`).toEqual([]);
        }
        expect(offSite()).toEqual([]);
        expect(local()).not.toContain("/sub/assets/embeds.js");
      } finally {
        await tab.close();
      }
    },
  );
});

describe("the comments pages", () => {
  it("are valid HTML for the Nu Html Checker, with every provider and with static comments alone", async () => {
    expect([...built.keys()]).toEqual(SETTINGS);
    const problems = await htmlProblems;
    for (const [setting, { site }] of built) expect(problems.get(site.outDir)?.map(describeHtmlProblem), `with ${setting}`).toEqual([]);
    expect(readOutput(builtWith("giscus").site.outDir, POST)).toContain("comments-provider");
  });
});
