import type { Page, Request } from "playwright-core";

/** Everything a page did over the network and in its console while it was watched. */
export interface Traffic {
  /** Requests to any host but the local server; they are blocked, never sent. */
  readonly remote: readonly string[];
  /** Local requests that failed or were answered with an HTTP error. */
  readonly failed: readonly string[];
  /** Console errors, uncaught exceptions and dialogs (a failed request's own console line is left to `failed` and `remote`). */
  readonly errors: readonly string[];
  /** Every request the page made, local ones included. */
  readonly requests: readonly string[];
}

export interface TrafficRecorder {
  /** What happened so far. */
  traffic(): Traffic;
  /** One line per problem: any remote request, failed request or console error. */
  problems(): string[];
  /**
   * Resolves once every request the page started has been answered (or has
   * failed) and none has started for `quietMs`; rejects, naming them, when
   * some are still loading after `timeoutMs`. Playwright's "networkidle"
   * always waits 500 ms more; the recorder knows what is in flight.
   */
  settled(options?: { quietMs?: number; timeoutMs?: number }): Promise<void>;
}

export interface TrafficOptions {
  /** HTTP errors that are the point, e.g. the not-found page's own 404 at an address that does not exist. */
  readonly expectedErrors?: readonly { readonly url: string; readonly status: number }[];
}

/** Addresses that never leave the browser. */
const IN_BROWSER = /^(data|blob|about):/;

/**
 * Watches `page` from now on. Every request to anywhere but `localOrigin`
 * is recorded and aborted before it leaves the browser, so a gate catches a
 * CDN script or web font without the sandbox ever trying to reach it.
 */
export async function recordTraffic(page: Page, localOrigin: string, options: TrafficOptions = {}): Promise<TrafficRecorder> {
  const origin = new URL(localOrigin).origin;
  const remote: string[] = [];
  const failed: string[] = [];
  const consoleErrors: { readonly text: string; readonly source: string }[] = [];
  const exceptions: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  const inFlight = new Set<Request>();
  /** Requests already reported (or expected to fail): Chromium logs each failed request to the console too. */
  const accountedFor = new Set<string>(options.expectedErrors?.map((error) => error.url));
  const isLocal = (url: string) => IN_BROWSER.test(url) || new URL(url).origin === origin;

  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    remote.push(`${route.request().resourceType()} ${url}`);
    accountedFor.add(url);
    return route.abort("blockedbyclient");
  });
  page.on("request", (request: Request) => {
    requests.push(request.url());
    inFlight.add(request);
  });
  page.on("requestfinished", (request) => inFlight.delete(request));
  page.on("requestfailed", (request) => {
    inFlight.delete(request);
    if (!isLocal(request.url())) return;
    // A reader who follows a link before the page's web fonts or pictures (a list's thumbnails) have arrived
    // cancels them (net::ERR_ABORTED): the browser left the page, nothing on the site is broken; a missing file
    // still fails as its HTTP 404 below. Every other failure of a local request still counts. Preloading the
    // first screen's faces did not make this rule unneeded: with it off, the routes failed on faces a page asks
    // for only once laid out (the interface's semibold on the series pages) and on those of a redirect page,
    // which sends the reader on at once; lazy thumbnails start as late.
    if (request.failure()?.errorText === "net::ERR_ABORTED" && (request.resourceType() === "font" || request.resourceType() === "image")) return;
    failed.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
    accountedFor.add(request.url());
  });
  page.on("response", (response) => {
    const expected = options.expectedErrors?.some((error) => error.url === response.url() && error.status === response.status());
    if (response.status() < 400 || expected) return;
    failed.push(`${response.url()}: HTTP ${response.status()}`);
    accountedFor.add(response.url());
  });
  page.on("websocket", (socket) => {
    if (!isLocal(socket.url().replace(/^ws/, "http"))) remote.push(`websocket ${socket.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push({ text: message.text(), source: message.location().url });
  });
  page.on("pageerror", (error) => exceptions.push(`uncaught exception: ${error.message}`));
  // A page of ours never opens a dialog: one that does runs script it should not (an alert() smuggled into a comment).
  page.on("dialog", (dialog) => {
    dialogs.push(`a dialog opened: ${dialog.type()} "${dialog.message()}"`);
    void dialog.dismiss().catch(() => undefined);
  });

  const errors = () => [
    ...consoleErrors
      .filter(({ text, source }) => !(text.startsWith("Failed to load resource") && accountedFor.has(source)))
      .map(({ text, source }) => `console error: ${text}${source ? ` (${source})` : ""}`),
    ...exceptions,
    ...dialogs,
  ];
  const settled = async ({ quietMs = 100, timeoutMs = 10_000 } = {}) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (Date.now() > deadline) {
        throw new Error(`the page was still loading after ${timeoutMs} ms: ${[...inFlight].map((request) => request.url()).join(", ") || "a new request every few moments"}`);
      }
      if (inFlight.size) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      const started = requests.length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      if (!inFlight.size && requests.length === started) return;
    }
  };
  return {
    settled,
    traffic: () => ({ remote: [...remote], failed: [...failed], errors: errors(), requests: [...requests] }),
    problems: () => [...remote.map((entry) => `requested another host: ${entry}`), ...failed.map((entry) => `request failed: ${entry}`), ...errors()],
  };
}
