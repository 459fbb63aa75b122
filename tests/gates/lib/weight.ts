import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

/** What a first visit to a page transfers, compressed as a web server would (gzip, level 9), per kind of file. */
export interface PageWeight {
  readonly total: number;
  readonly byType: Readonly<Record<string, number>>;
  readonly files: readonly { readonly url: string; readonly bytes: number }[];
}

/** The ceiling for the seed post, fonts included (issue 16). */
export const WEIGHT_BUDGET = 80 * 1024;

/**
 * Opens `url` in a fresh context (an empty cache: a first visit), scrolls to
 * the end so lazy images load, and adds up every response: each body
 * gzipped, as a static host sends text; WOFF2, AVIF and WebP are compressed
 * already and gain nothing. The response headers are not counted.
 */
export async function firstVisitWeight(browser: Browser, url: string, viewport = { width: 375, height: 812 }): Promise<PageWeight> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const pending: Promise<{ url: string; type: string; bytes: number }>[] = [];
  page.on("response", (response) => {
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), type: response.request().resourceType(), bytes: gzipSync(body, { level: 9 }).length }),
        () => ({ url: response.url(), type: response.request().resourceType(), bytes: 0 }),
      ),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise(requestAnimationFrame);
    }
  });
  await page.waitForLoadState("networkidle");
  const files = await Promise.all(pending);
  await context.close();
  const byType: Record<string, number> = {};
  for (const file of files) byType[file.type] = (byType[file.type] ?? 0) + file.bytes;
  return { total: files.reduce((sum, file) => sum + file.bytes, 0), byType, files: files.map(({ url: address, bytes }) => ({ url: address, bytes })) };
}

export function formatWeight(weight: PageWeight): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const parts = Object.entries(weight.byType)
    .sort(([, a], [, b]) => b - a)
    .map(([type, bytes]) => `${type} ${kb(bytes)}`);
  return `${kb(weight.total)} compressed (${parts.join(", ")}) of ${kb(WEIGHT_BUDGET)}`;
}
