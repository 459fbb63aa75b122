import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { gzipSync } from "node:zlib";
import sirv from "sirv";
import { tempDir } from "./site.ts";

export const CHROMIUM = "/usr/bin/chromium";

/** The flags this sandbox needs (no network but loopback, no GPU); Lighthouse's Chromium gets the same. */
export const CHROMIUM_FLAGS: readonly string[] = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Debian's Chromium, with CHROMIUM_FLAGS. */
export async function launchBrowser(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`);
  }
  return chromium.launchPersistentContext(tempDir("broadsheet-chromium-"), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

export interface StaticServer {
  /** Origin plus `basePath`, ending in a slash: `http://127.0.0.1:PORT/blog/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** The text a static host compresses on the way out, by extension, with its type; fonts and pictures come compressed already. */
const TEXT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

/** The file of the site an address names (a folder's `index.html`), when it is text to compress. */
function textFile(dir: string, pathname: string): { file: string; type: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(dir, path.normalize(decoded.endsWith("/") ? `${decoded}index.html` : decoded));
  const type = TEXT_TYPES[path.extname(file)];
  return type && file.startsWith(dir + path.sep) && existsSync(file) && statSync(file).isFile() ? { file, type } : undefined;
}

/**
 * Serves a built site over HTTP on a free loopback port, optionally under a
 * sub-path such as `/blog/`. Like common static hosts, it answers a missing
 * address with the site's `404.html` (status 404) when there is one, and
 * with `compress` it gzips text for a browser that accepts it, as every
 * host the README's publishing recipes name does.
 */
export async function serveDirectory(dir: string, basePath = "/", options: { compress?: boolean } = {}): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (!url.startsWith(basePath)) {
      response.statusCode = 404;
      response.end("outside the site");
      return;
    }
    request.url = `/${url.slice(basePath.length)}`;
    const text = options.compress && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? "")) ? textFile(path.resolve(dir), new URL(request.url, "http://site").pathname) : undefined;
    if (text) {
      response.writeHead(200, { "Content-Type": text.type, "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
      response.end(gzipSync(readFileSync(text.file)));
      return;
    }
    files(request, response, () => {
      response.statusCode = 404;
      const notFoundPage = path.join(dir, "404.html");
      if (!existsSync(notFoundPage)) {
        response.end("not found");
        return;
      }
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(readFileSync(notFoundPage));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Chromium keeps preconnected sockets that never send a request; close() alone would wait minutes for them.
        server.closeAllConnections();
      }),
  };
}
