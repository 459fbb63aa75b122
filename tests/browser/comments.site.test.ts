import { execFile } from "node:child_process";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProviderEmbed as Embed } from "../../src/comments/providers.ts";
import type { ProviderName } from "../../src/model/settings.ts";
import { launchBrowser, serveDirectory, type StaticServer } from "../helpers/browser.ts";
import { commentsFixture, MINIMAL } from "../helpers/comments.ts";
import { ENGINE_ROOT, page, readOutput } from "../helpers/site.ts";
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
  readonly check: (tab: Page, scheme: "light" | "dark") => Promise<void>;
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

let browser: BrowserContext;
const built: BuiltSite[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the post with every request off the local server recorded, and the provider's script answered by the stub. */
async function openPost(server: StaticServer, script: string, scheme: "light" | "dark", file = POST) {
  const tab = await browser.newPage();
  const origin = new URL(server.url).origin;
  const offSite: string[] = [];
  const local: string[] = [];
  await tab.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) {
      local.push(new URL(url).pathname);
      return route.continue();
    }
    offSite.push(url);
    return url === script ? route.fulfill({ status: 200, contentType: "text/javascript", body: STUB }) : route.abort();
  });
  await tab.emulateMedia({ colorScheme: scheme });
  await tab.goto(new URL(file, server.url).href, { waitUntil: "networkidle" });
  return { tab, offSite, local };
}

for (const [name, expected] of Object.entries(CASES) as [ProviderName, Case][]) {
  describe(`comments from ${name}`, () => {
    let site: BuiltSite;
    let server: StaticServer;
    beforeAll(async () => {
      site = await buildSite(commentsFixture(MINIMAL[name]));
      expect(site.stderr).toBe("");
      expect(site.code).toBe(0);
      built.push(site);
      server = await serveDirectory(site.outDir, "/sub/");
    });
    afterAll(async () => {
      await server?.close();
    });

    it("are not in the built page: no provider script or third-party URL, only our loader and the embed as inert data", () => {
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

    it("load only that provider's script, only on a click, with the post's id and URL", async () => {
      const { tab, offSite, local } = await openPost(server, expected.script, "light");
      expect(offSite).toEqual([]);
      expect(local).toContain("/sub/assets/embeds.js");
      const button = tab.getByRole("button", { name: "Load comments" });
      expect(await button.isVisible()).toBe(true);
      await button.click();
      await tab.waitForFunction(() => (window as unknown as { __providerScripts?: string[] }).__providerScripts?.length === 1);
      expect(await tab.evaluate(() => (window as unknown as { __providerScripts: string[] }).__providerScripts)).toEqual([expected.script]);
      expect(offSite).toEqual([expected.script]);
      expect(await button.count()).toBe(0);
      expect(await tab.evaluate(() => document.activeElement?.className)).toBe("comments-provider");
      await expected.check(tab, "light");
      // The static comments stay above the provider's.
      expect(await tab.locator("#comments .comment-list + .comments-provider").count()).toBe(1);
      await tab.close();
    });

    it("load in the dark scheme when the reader prefers it", async () => {
      const { tab, offSite } = await openPost(server, expected.script, "dark");
      await tab.getByRole("button", { name: "Load comments" }).click();
      await tab.waitForFunction(() => (window as unknown as { __providerScripts?: string[] }).__providerScripts?.length === 1);
      expect(offSite).toEqual([expected.script]);
      await expected.check(tab, "dark");
      await tab.close();
    });

    it("have no accessibility violations, light or dark, before and after the click", async () => {
      for (const scheme of ["light", "dark"] as const) {
        const { tab } = await openPost(server, expected.script, scheme);
        expect((await new AxeBuilder({ page: tab }).analyze()).violations, `${scheme}, before the click`).toEqual([]);
        await tab.getByRole("button", { name: "Load comments" }).click();
        await tab.waitForFunction(() => (window as unknown as { __providerScripts?: string[] }).__providerScripts?.length === 1);
        expect((await new AxeBuilder({ page: tab }).analyze()).violations, `${scheme}, after the click`).toEqual([]);
        await tab.close();
      }
    });
  });
}

describe("static comments without a provider", () => {
  let site: BuiltSite;
  let server: StaticServer;
  beforeAll(async () => {
    site = await buildSite(commentsFixture({ provider: "none" }));
    expect(site.code).toBe(0);
    built.push(site);
    server = await serveDirectory(site.outDir, "/sub/");
  });
  afterAll(async () => {
    await server?.close();
  });

  it("have no accessibility violations, light or dark, on the post pages and the home page with its counts", async () => {
    for (const file of [POST, "posts/a-conversation/index.html", "index.html"]) {
      for (const scheme of ["light", "dark"] as const) {
        const { tab, offSite, local } = await openPost(server, "", scheme, file);
        expect(offSite).toEqual([]);
        expect(local).not.toContain("/sub/assets/embeds.js");
        expect((await new AxeBuilder({ page: tab }).analyze()).violations, `${file}, ${scheme}`).toEqual([]);
        await tab.close();
      }
    }
  });
});

describe("the comments pages", () => {
  it("are valid HTML for the Nu Html Checker, with every provider and with static comments alone", async () => {
    expect(built).toHaveLength(Object.keys(CASES).length + 1);
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      execFile(
        "java",
        ["-jar", path.join(ENGINE_ROOT, "node_modules/vnu-jar/build/dist/vnu.jar"), "--errors-only", "--skip-non-html", "--format", "json", "--stdout", ...built.map((site) => site.outDir)],
        { maxBuffer: 64 * 1024 * 1024 },
        (error, out) => (error && !out ? reject(error) : resolve({ stdout: out })),
      );
    });
    const messages = (JSON.parse(stdout) as { messages: { type: string; url: string; message: string }[] }).messages;
    expect(messages).toEqual([]);
    expect(readOutput(built[0]!.outDir, POST)).toContain("comments-provider");
  });
});
