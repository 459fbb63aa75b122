import type { Page, Request } from "playwright-core";

/** Everything a page did over the network and in its console while it was watched. */
export interface Traffic {
  /** Requests to any host but the local server; they are blocked, never sent. */
  readonly remote: readonly string[];
  /** Local requests that failed or were answered with an HTTP error. */
  readonly failed: readonly string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: readonly string[];
  /** Every request the page made, local ones included. */
  readonly requests: readonly string[];
}

export interface TrafficRecorder {
  /** What happened so far. */
  traffic(): Traffic;
  /** One line per problem: any remote request, failed request or console error. */
  problems(): string[];
}

/** Addresses that never leave the browser. */
const IN_BROWSER = /^(data|blob|about):/;

/**
 * Watches `page` from now on. Every request to anywhere but `localOrigin`
 * is recorded and aborted before it leaves the browser, so a gate catches a
 * CDN script or web font without the sandbox ever trying to reach it.
 */
export async function recordTraffic(page: Page, localOrigin: string): Promise<TrafficRecorder> {
  const origin = new URL(localOrigin).origin;
  const remote: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  const isLocal = (url: string) => IN_BROWSER.test(url) || new URL(url).origin === origin;

  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    remote.push(`${route.request().resourceType()} ${url}`);
    return route.abort("blockedbyclient");
  });
  page.on("request", (request: Request) => requests.push(request.url()));
  page.on("requestfailed", (request) => {
    if (isLocal(request.url())) failed.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on("websocket", (socket) => {
    if (!isLocal(socket.url().replace(/^ws/, "http"))) remote.push(`websocket ${socket.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const source = message.location().url;
    // A blocked remote request also logs a console error; it is reported once, as remote.
    if (source && remote.some((entry) => entry.endsWith(` ${source}`))) return;
    errors.push(`console error: ${message.text()}${source ? ` (${source})` : ""}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught exception: ${error.message}`));

  const traffic = (): Traffic => ({ remote: [...remote], failed: [...failed], errors: [...errors], requests: [...requests] });
  return {
    traffic,
    problems: () => [
      ...remote.map((entry) => `requested another host: ${entry}`),
      ...failed.map((entry) => `request failed: ${entry}`),
      ...errors,
    ],
  };
}
