import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { launchBrowser, serveDirectory, type StaticServer } from "../helpers/browser.ts";
import { FIXTURES } from "../helpers/site.ts";
import { axeViolations, type ColorScheme } from "./lib/accessibility.ts";
import { discoverFeeds, feedProblems, parseFeed, readFeed, type ExpectedEntry } from "./lib/feeds.ts";
import { readJsonFeed } from "./lib/json-feed.ts";
import { validateHtml } from "./lib/html-validator.ts";
import { followRoute, missingSights } from "./lib/journey.ts";
import { layoutProblems, measureLayout, type Viewport } from "./lib/layout.ts";
import { checkLinks } from "./lib/links.ts";
import { ensureSystemTools, SYSTEM_TOOLS } from "./lib/system-tools.ts";
import { recordTraffic } from "./lib/traffic.ts";

/**
 * Every gate, run on pages and sites broken on purpose (tests/fixtures/gates/):
 * each must report exactly the breakage, and nothing on the pages that are fine.
 */
const GATE_FIXTURES = path.join(FIXTURES, "gates");

// The checks run side by side, three at a time at each level: Java, Python and Chromium each keep a core busy.
// Three tests sharing the machine each get three times a test's minute.
vi.setConfig({ maxConcurrency: 3, testTimeout: 180_000 });
afterAll(() => vi.resetConfig());
const PHONE: Viewport = { width: 375, height: 812 };
const LAPTOP: Viewport = { width: 1280, height: 800 };

describe.concurrent("the browser gates, on pages broken on purpose", () => {
  let browser: BrowserContext;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(path.join(GATE_FIXTURES, "pages"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(file: string, viewport: Viewport = PHONE, scheme: ColorScheme = "light"): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(new URL(file, server.url).href);
    return page;
  }

  describe("layout", () => {
    it("passes the good page on a phone and a laptop", async () => {
      for (const viewport of [PHONE, LAPTOP]) {
        const page = await open("good.html", viewport);
        expect(layoutProblems(await measureLayout(page))).toEqual([]);
        await page.close();
      }
    });

    it("fails a page that scrolls sideways on a phone, naming the element that sticks out", async () => {
      const page = await open("overflow.html", PHONE);
      const measurement = await measureLayout(page);
      // The box is 600px wide and starts 8px in (the body's default margin): 608 - 375.
      expect(measurement.overflowPx).toBe(233);
      expect(layoutProblems(measurement)).toEqual([expect.stringMatching(/^the page scrolls sideways by 233px; past the right edge: div\.wide$/)]);
      await page.close();
    });

    it("fails text below 16px, but not footnote marks, a formula's scripts or a diagram's labels", async () => {
      const page = await open("small-text.html", PHONE);
      expect(layoutProblems(await measureLayout(page))).toEqual(['text in p.fine-print is 13px, below 16px: "Fine print nobody can read."', 'text in mi is 13px, below 16px: "y"']);
      await page.close();
    });

    it("counts the characters of each rendered line, inline markup and right-to-left text included, and fails lines over 80", async () => {
      const page = await open("long-lines.html", LAPTOP);
      const measurement = await measureLayout(page);
      expect(measurement.lines.filter((line) => line.element === "p#lines").map((line) => line.chars)).toEqual([10, 50, 90]);
      expect(measurement.lines.filter((line) => line.element === "p#arabic").map((line) => line.chars)).toEqual([13]);
      expect(layoutProblems(measurement)).toEqual([expect.stringMatching(/^a line in p#lines has 90 characters, more than 80: "0123456789/)]);
      await page.close();
    });
  });

  describe("axe", () => {
    it("finds nothing on the good page, light or dark", async () => {
      for (const scheme of ["light", "dark"] as const) {
        const page = await open("good.html", PHONE, scheme);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      }
    });

    it.each([
      ["missing-alt.html", "light", ["image-alt"]],
      ["low-contrast.html", "light", ["color-contrast"]],
      ["low-contrast.html", "dark", ["color-contrast"]],
      ["dark-contrast.html", "light", []],
      ["dark-contrast.html", "dark", ["color-contrast"]],
    ] as const)("on %s in %s finds %j", async (file, scheme, ids) => {
      const page = await open(file, PHONE, scheme);
      expect((await axeViolations(page)).map((violation) => violation.id)).toEqual(ids);
      await page.close();
    });
  });

  describe("offline", () => {
    async function problemsOf(file: string): Promise<{ problems: string[]; requests: readonly string[] }> {
      const page = await browser.newPage();
      const recorder = await recordTraffic(page, server.url);
      await page.goto(new URL(file, server.url).href);
      await recorder.settled();
      await page.close();
      return { problems: recorder.problems(), requests: recorder.traffic().requests };
    }

    it("passes the good page", async () => {
      const { problems, requests } = await problemsOf("good.html");
      expect(problems).toEqual([]);
      expect(requests).toEqual([new URL("good.html", server.url).href]);
    });

    it("fails remote scripts, stylesheets and images, and blocks them", async () => {
      const { problems } = await problemsOf("remote.html");
      expect(problems.sort()).toEqual([
        "requested another host: image http://images.example.net/photo.png",
        "requested another host: script https://cdn.example.com/lib.js",
        "requested another host: stylesheet https://fonts.example.com/css2?family=Serif",
      ]);
    });

    it("fails a missing local file, a console error, a dialog and an uncaught exception", async () => {
      const { problems } = await problemsOf("errors.html");
      expect(problems).toEqual([
        `request failed: ${new URL("gone.png", server.url).href}: HTTP 404`,
        expect.stringMatching(/^console error: something broke/),
        "uncaught exception: uncaught on purpose",
        'a dialog opened: alert "injected"',
      ]);
    });
  });

  describe("waiting for the network", () => {
    it("waits for a request still in flight before the gate reports, and names one that never ends", async () => {
      const page = await browser.newPage();
      const recorder = await recordTraffic(page, server.url);
      await page.goto(new URL("good.html", server.url).href);
      // Routes added later are asked first: these hold back local requests, one for 300 ms and one for ever.
      const slow = new URL("arrives-late.txt", server.url).href;
      const never = new URL("never-arrives.txt", server.url).href;
      await page.route(slow, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.route(never, () => undefined);
      // Each fetch is started in the page and returns at once: the request is waited for, as the recorder may hear of it later.
      const slowSent = page.waitForRequest(slow);
      await page.evaluate((url) => void fetch(url), slow);
      await slowSent;
      await recorder.settled();
      expect(recorder.problems()).toEqual([`request failed: ${slow}: HTTP 404`]);
      const neverSent = page.waitForRequest(never);
      await page.evaluate((url) => void fetch(url).catch(() => undefined), never);
      await neverSent;
      await expect(recorder.settled({ timeoutMs: 500 })).rejects.toThrow(`the page was still loading after 500 ms: ${never}`);
      await page.close();
    });
  });

  describe("the reader's route", () => {
    it("follows links by name within a landmark and sees what is there", async () => {
      const page = await open("good.html");
      expect(await followRoute(page, server.url, [{ link: "Next page", within: "navigation", withinName: "Site" }])).toEqual([]);
      expect(page.url()).toBe(new URL("route-target.html", server.url).href);
      expect(await missingSights(page, [{ heading: "Route target", level: 1 }, { text: "Reached by following" }])).toEqual([]);
      await page.close();
    });

    it("types into a text box by its name, waits for what a script then shows, and sees images, buttons and navigations", async () => {
      const page = await open("route-target.html");
      expect(await followRoute(page, server.url, [{ type: "harbour", into: "Search the posts" }])).toEqual([]);
      expect(await missingSights(page, [{ text: "Results for harbour" }], { waitMs: 5_000 })).toEqual([]);
      expect(await missingSights(page, [{ image: "A dot" }, { button: "Load comments" }, { absent: { region: "Comments" } }])).toEqual([]);
      expect(await missingSights(page, [{ image: "A square" }, { button: "Send" }, { navigation: "Site" }, { absent: { button: "Load comments" } }])).toEqual([
        `the image "A square" is not visible on ${page.url()}`,
        `the button "Send" is not visible on ${page.url()}`,
        `the navigation "Site" is not visible on ${page.url()}`,
        `the button "Load comments" is visible on ${page.url()}, and must not be`,
      ]);
      // Not waited for as long as the gates wait (5 s): the page's only text box is there from the start.
      expect(await followRoute(page, server.url, [{ type: "harbour", into: "Search the comments" }], { textBoxWaitMs: 500 })).toEqual([
        'on /route-target.html: cannot type "harbour" into the text box "Search the comments": there is no such text box',
      ]);
      await page.close();
    });

    it("fails a link that is not there, and things that are not shown", async () => {
      const page = await open("good.html");
      expect(await followRoute(page, server.url, [{ link: "Archive", within: "navigation" }])).toEqual([
        'on /good.html: cannot follow the link "Archive" in the navigation: there is no such link',
      ]);
      expect(await missingSights(page, [{ heading: "A good page", level: 2 }, { region: "Comments" }, { region: "More" }, { navigation: "Site" }])).toEqual([
        `the heading (h2) "A good page" is not visible on ${page.url()}`,
        `the region "Comments" is not visible on ${page.url()}`,
      ]);
      await page.close();
    });

    it("visits an address that does not exist and finds the not-found page; its 404 fails only when not expected", async () => {
      const page = await browser.newPage();
      const missing = new URL("no-such-page/", server.url).href;
      const expecting = await recordTraffic(page, server.url, { expectedErrors: [{ url: missing, status: 404 }] });
      const unprepared = await recordTraffic(page, server.url);
      await page.goto(new URL("good.html", server.url).href);
      expect(await followRoute(page, server.url, [{ visit: "/no-such-page/" }])).toEqual([]);
      expect(page.url()).toBe(missing);
      expect(await missingSights(page, [{ heading: "Page not found", level: 1 }])).toEqual([]);
      expect(expecting.problems()).toEqual([]);
      expect(unprepared.problems()).toEqual([`request failed: ${missing}: HTTP 404`]);
      await page.close();
    });
  });
});

describe.concurrent("the Nu Html Checker gate", () => {
  it("names file, line and message of every error, and nothing in the valid page or non-HTML files, each folder's under it", async () => {
    // Two folders in one run of Java, as the gate checks every site: broken-links/ is valid HTML throughout.
    const invalid = path.join(GATE_FIXTURES, "invalid-html");
    const valid = path.join(GATE_FIXTURES, "broken-links");
    const byFolder = await validateHtml([invalid, valid]);
    expect(byFolder.get(valid)).toEqual([]);
    const problems = byFolder.get(invalid) ?? [];
    expect(problems.map((problem) => [problem.file, problem.line])).toEqual([
      ["invalid.html", 6],
      ["invalid.html", 7],
      ["invalid.html", 8],
      ["invalid.html", 9],
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/No “p” element in scope but a “p” end tag seen/),
      expect.stringMatching(/An “img” element must have an “alt” attribute/),
      expect.stringMatching(/Duplicate ID “twice”/),
      expect.stringMatching(/Attribute “hreff” not allowed/),
    ]);
  });
});

describe.concurrent("the link gate", () => {
  it("finds dead links, assets and fragments on every page and stylesheet, under a sub-path, and remote assets", async () => {
    const report = await checkLinks({ dir: path.join(GATE_FIXTURES, "broken-links"), siteUrl: "https://example.com/blog/" });
    expect(report.broken.map((link) => [link.page, link.url])).toEqual([
      ["index.html", "/blog/gone.png"],
      ["index.html", "/blog/gone/"],
      ["index.html", "/blog/index.html#nowhere-here"],
      ["index.html", "/blog/missing.html"],
      ["index.html", "/blog/other.html#nowhere"],
      ["index.html", "/outside.html"],
      ["other.html", "/blog/index.html#nowhere-from-other"],
      ["other.html", "/blog/moved.html"],
      ["style.css", "/blog/missing-font.woff2"],
    ]);
    expect(report.broken.find((link) => link.url.endsWith("#nowhere"))?.reason).toMatch(/Fragment identifier '#nowhere' not found/);
    expect(report.remoteAssets.map((reference) => [reference.page, reference.element, reference.url])).toEqual([
      ["index.html", "link[href]", "https://fonts.example.com/remote.css"],
      ["index.html", "script[src]", "https://cdn.example.com/lib.js"],
      ["style.css", "url() in CSS", "https://fonts.example.com/imported.css"],
    ]);
    expect(report.externalLinks.map((reference) => reference.url)).toEqual(["https://example.org/"]);
    // The distinct targets found per file: other.html, sub/ and style.css from index.html, index.html from other.html and
    // from sub/ (fragments that exist are not counted apart, nor is a page's canonical link to itself).
    expect(report.checked).toBe(5);
  });
});

describe.concurrent("the feed gate", () => {
  const feeds = path.join(GATE_FIXTURES, "feeds");
  const posts: ExpectedEntry[] = [
    {
      title: "How to Read a Militia Statement",
      link: "https://blog.example.org/posts/how-to-read-a-militia-statement/",
      authors: ["Amira Haddad", "Leila Nasser"],
      published: Date.parse("2020-08-02T09:30:00+02:00"),
    },
    {
      title: "Deteriorating Security Situation in Iraq",
      link: "https://blog.example.org/posts/deteriorating-security-situation-in-iraq/",
      authors: ["Nicholas Doumouras, Jr."],
      published: Date.parse("2020-07-13T00:00:00Z"),
    },
  ];

  it.each([
    ["atom.xml", "atom", "atom10"],
    ["rss.xml", "rss", "rss20"],
  ] as const)("reads %s with feedparser and finds the posts in it", async (file, format, version) => {
    const feed = await parseFeed(path.join(feeds, file));
    expect(feed.bozo).toBe(false);
    expect(feed.version).toBe(version);
    expect(feedProblems(feed, format, posts)).toEqual([]);
  });

  it("fails a feed feedparser cannot read cleanly", async () => {
    const feed = await parseFeed(path.join(feeds, "broken.xml"));
    expect(feed.bozo).toBe(true);
    expect(feedProblems(feed, "atom", posts)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^feedparser cannot read it cleanly \(bozo\): .*not well-formed/), "it has 1 entries; expected 2"]),
    );
  });

  it("fails entries that do not match the posts, and a feed of the wrong format", async () => {
    const feed = await parseFeed(path.join(feeds, "atom.xml"));
    const changed: ExpectedEntry[] = [
      { ...posts[0]!, title: "Another Title", published: Date.parse("2020-08-03T00:00:00Z"), authors: ["Amira Haddad"] },
      { ...posts[1]!, authors: ["Someone Else"] },
    ];
    expect(feedProblems(feed, "rss", changed)).toEqual([
      'feedparser reads it as "atom10", not rss',
      'entry 1 ("Another Title"): title is "How to Read a Militia Statement"',
      'entry 1 ("Another Title"): authors are ["Amira Haddad","Leila Nasser"]; expected ["Amira Haddad"]',
      'entry 1 ("Another Title"): date is 2020-08-02T07:30:00.000Z; expected 2020-08-03T00:00:00.000Z',
      'entry 2 ("Deteriorating Security Situation in Iraq"): authors are ["Nicholas Doumouras, Jr."]; expected ["Someone Else"]',
    ]);
    expect(feedProblems(feed, "atom", posts.slice(0, 1))).toEqual(["it has 2 entries; expected 1"]);
  });

  it("discovers feeds by their content and by the pages' feed links", async () => {
    expect(await discoverFeeds(feeds, "https://blog.example.org/")).toEqual(["/atom.xml", "/broken.xml", "/feed.json", "/invalid.json", "/rss.xml"]);
  });

  it("reads a JSON Feed 1.1 (which feedparser cannot) and finds the posts in it; extension keys are allowed", async () => {
    const feed = await readFeed(path.join(feeds, "feed.json"), "json");
    expect(feed).toMatchObject({ bozo: false, bozoException: null, version: "json11", title: "Fixture Blog" });
    expect(feedProblems(feed, "json", posts)).toEqual([]);
    expect(feedProblems(feed, "atom", posts)).toEqual(['the JSON Feed 1.1 reader reads it as "json11", not atom']);
  });

  it("fails a JSON Feed that breaks the spec, naming each field, and still compares what it has with the posts", async () => {
    const feed = await readJsonFeed(path.join(feeds, "invalid.json"));
    expect(feed.bozo).toBe(true);
    // One problem per fault invalid.json carries on purpose.
    expect(feed.bozoException?.split("; ")).toEqual([
      "title: Invalid input: expected string, received undefined",
      "home_page_url: expected an absolute http(s) URL",
      "items.0.id: Invalid input: expected string, received number",
      "items.1.date_published: expected an RFC 3339 date-time, e.g. 2020-07-13T00:00:00Z",
      "items.1.authors.0: an author must have a name, url or avatar",
      "items.1: an item must have content_html or content_text",
      "items.2.title: Invalid input: expected string, received array",
      "items.2.tags: Invalid input: expected array, received string",
      'items: the id "https://blog.example.org/twice/" is used more than once',
    ]);
    expect(feedProblems(feed, "json", posts)).toEqual([
      `the JSON Feed 1.1 reader cannot read it cleanly (bozo): ${feed.bozoException}`,
      "it has 3 entries; expected 2",
      'entry 1 ("How to Read a Militia Statement"): title is "An id that is a number"',
      'entry 1 ("How to Read a Militia Statement"): link is null; expected https://blog.example.org/posts/how-to-read-a-militia-statement/',
      'entry 1 ("How to Read a Militia Statement"): authors are []; expected ["Amira Haddad","Leila Nasser"]',
      'entry 1 ("How to Read a Militia Statement"): has no date',
      'entry 2 ("Deteriorating Security Situation in Iraq"): title is "No content, a date that is not RFC 3339, an author with nothing"',
      'entry 2 ("Deteriorating Security Situation in Iraq"): link is null; expected https://blog.example.org/posts/deteriorating-security-situation-in-iraq/',
      'entry 2 ("Deteriorating Security Situation in Iraq"): authors are []; expected ["Nicholas Doumouras, Jr."]',
      'entry 2 ("Deteriorating Security Situation in Iraq"): has no date',
    ]);
  });

  it("fails a JSON Feed that is not JSON", async () => {
    const feed = await readJsonFeed(path.join(feeds, "broken.xml"));
    expect(feed).toMatchObject({ bozo: true, version: "", entries: [] });
    expect(feed.bozoException).toMatch(/^not JSON: /);
  });
});

describe.concurrent("the system tools check", () => {
  it("finds Chromium, Java and feedparser on this machine", () => {
    expect(() => ensureSystemTools(SYSTEM_TOOLS, { canInstall: false })).not.toThrow();
  });

  it("fails with the exact command to run when a tool is missing and cannot be installed", () => {
    const missing = { purpose: "a tool that is never there", debianPackage: "broadsheet-no-such-package", present: () => false };
    expect(() => ensureSystemTools([SYSTEM_TOOLS[0]!, missing], { canInstall: false })).toThrow(
      `Run: ${process.getuid?.() === 0 ? "" : "sudo "}apt-get update && ${process.getuid?.() === 0 ? "" : "sudo "}apt-get install -y broadsheet-no-such-package`,
    );
  });
});

describe("the audit's server", () => {
  it("sends text gzipped to a browser that takes it, as a static host does, and nothing outside the site", async () => {
    const dir = path.join(GATE_FIXTURES, "pages");
    const server = await serveDirectory(dir, "/", { compress: true });
    try {
      const response = await fetch(new URL("good.html", server.url), { headers: { "accept-encoding": "gzip" } });
      expect(response.headers.get("content-encoding")).toBe("gzip");
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      // fetch undoes the gzip: the page arrives as it is on disk.
      expect(await response.text()).toBe(readFileSync(path.join(dir, "good.html"), "utf8"));
      const plain = await fetch(new URL("good.html", server.url), { headers: { "accept-encoding": "identity" } });
      expect(plain.headers.get("content-encoding")).toBeNull();
      // A page beside the served folder, asked for with an encoded "../": never sent.
      expect(readFileSync(path.join(dir, "..", "invalid-html", "valid.html"), "utf8")).toContain("<html");
      const outside = await fetch(`${server.url}..%2Finvalid-html%2Fvalid.html`, { headers: { "accept-encoding": "gzip" } });
      expect(outside.status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
