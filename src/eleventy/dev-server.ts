import type { IncomingMessage, ServerResponse } from "node:http";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import type { Problem } from "../model/problem.ts";
import { problemBannerHtml } from "../../templates/components/ProblemBanner.tsx";

export interface DevServerOptions {
  /** The folder served: the dev server's own build, never `_site/`. */
  readonly dir: string;
  readonly port: number;
  /** Where to listen: `localhost` (this machine only) unless the writer asks for more. */
  readonly host: string;
  /** The problems that stop the build now; while there are any, every page shows them. */
  readonly problems: () => readonly Problem[];
  readonly log: (line: string) => void;
}

export interface DevServer {
  /** The address to open, with the port it got. */
  readonly url: string;
  /** Tells every open page to reload. */
  reload(): void;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/** Eleventy's dev server (live reload, the 404 page), listening on one host instead of every interface. */
class HostDevServer extends EleventyDevServer {
  host = "localhost";

  protected override _serverListen(port: number): void {
    this.server.listen({ port, host: this.host });
  }
}

/**
 * Puts the banner right after `<body>`, or first when a page has none, in
 * the page's language (its `<html lang>`): the settings may be what fails
 * to load, and the page still knows which language it was built in.
 */
export function withBanner(html: string, problems: readonly Problem[]): string {
  const banner = problemBannerHtml(problems, /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? "en");
  const body = /<body\b[^>]*>/i.exec(html);
  return body ? `${html.slice(0, body.index + body[0].length)}${banner}${html.slice(body.index + body[0].length)}` : `${banner}${html}`;
}

/**
 * Serves the dev server's build folder with live reload. While a problem
 * stops the build, every HTML page it serves (the 404 page too) starts with
 * the problem banner; the pages on disk never contain it.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const banner = function (this: unknown, _request: IncomingMessage, response: ServerResponse, next: () => void) {
    const problems = options.problems();
    if (problems.length) {
      const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
      response.end = ((...args: unknown[]) => {
        const type = String(response.getHeader("Content-Type") ?? "");
        if (typeof args[0] === "string" && type.startsWith("text/html")) args[0] = withBanner(args[0], problems);
        return end(...args);
      }) as ServerResponse["end"];
    }
    next();
  };
  const server = new HostDevServer("broadsheet", options.dir, {
    port: options.port,
    showVersion: false,
    middleware: [banner],
    messageOnStart: () => false,
    logger: { info: options.log, log: () => undefined, error: options.log },
  });
  server.host = options.host;
  server.serve(options.port);
  await server.ready();
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const shown = options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  return {
    url: `http://${shown.includes(":") ? `[${shown}]` : shown}:${port}/`,
    reload: () => server.reload({}),
    close: () => server.close(),
  };
}
