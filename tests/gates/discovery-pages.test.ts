import { execFile } from "node:child_process";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveDirectory, type StaticServer } from "../helpers/browser.ts";
import { buildSite, copyFixture, ENGINE_ROOT, type BuiltSite } from "../helpers/site.ts";

/** One page of each kind this issue added (and the post page, which gained tags, neighbours and related posts). */
const PAGE_TYPES = {
  "home page": "index.html",
  "home page 2": "page/2/index.html",
  archive: "archive/index.html",
  "tag index": "tags/index.html",
  "tag page": "tags/middle-east/index.html",
  "tag page 2": "tags/middle-east/page/2/index.html",
  "author index": "authors/index.html",
  "author page": "authors/amira-haddad/index.html",
  "author page 2": "authors/nicholas-doumouras-jr/page/2/index.html",
  "post page": "posts/baghdad-notes/index.html",
  "search page": "search/index.html",
  "404 page": "404.html",
} as const;

const VNU = path.join(ENGINE_ROOT, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

function validate(files: readonly string[]): Promise<{ messages: { type: string; url: string; lastLine?: number; message: string }[] }> {
  return new Promise((resolve, reject) => {
    execFile("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      // vnu writes its JSON report to stderr and exits 1 when it found errors.
      try {
        resolve(JSON.parse(stderr));
      } catch {
        reject(error ?? new Error(stderr));
      }
    });
  });
}

describe("the discovery pages pass the validator and axe", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: BrowserContext;
  beforeAll(async () => {
    site = await buildSite(copyFixture("discovery"), { env: { BROADSHEET_NOW: "2022-01-01" } });
    expect(site.code).toBe(0);
    server = await serveDirectory(site.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("has no Nu Html Checker errors on any page type", async () => {
    const report = await validate(Object.values(PAGE_TYPES).map((file) => path.join(site.outDir, file)));
    expect(report.messages.map((m) => `${path.relative(site.outDir, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`)).toEqual([]);
  });

  for (const scheme of ["light", "dark"] as const) {
    it.each(Object.entries(PAGE_TYPES))(`has no axe violations on the %s in the ${scheme} color scheme`, async (_name, file) => {
      const tab = await browser.newPage();
      await tab.emulateMedia({ colorScheme: scheme });
      await tab.goto(new URL(file, server.url).href);
      if (file.startsWith("search/")) {
        // Check the search page as a reader sees it: with results showing.
        await tab.getByRole("textbox", { name: "Search the posts" }).fill("notes");
        await tab.locator(".pagefind-ui__result").first().waitFor();
      }
      const results = await new AxeBuilder({ page: tab }).analyze();
      await tab.close();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
