/** The parts of @11ty/eleventy-dev-server 2.x that src/eleventy/dev-server.ts uses. */
declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";

  type Middleware = (this: EleventyDevServer, request: IncomingMessage, response: ServerResponse, next: () => void) => void | Promise<void>;

  interface Options {
    port?: number;
    liveReload?: boolean;
    domDiff?: boolean;
    showVersion?: boolean;
    middleware?: Middleware[];
    messageOnStart?: (info: { hosts: string[]; localhostUrl: string }) => string | false;
    logger?: { info(message: string): void; log(message: string): void; error(message: string): void };
  }

  class EleventyDevServer {
    constructor(name: string, dir: string, options?: Options);
    /** The HTTP server, created on first use. */
    get server(): Server;
    serve(port: number): void;
    ready(): Promise<void>;
    reload(event?: { files?: string[]; subtype?: string }): void;
    close(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    /** Called with the port to listen on, and again with the next port when it is taken. */
    protected _serverListen(port: number): void;
  }
  export = EleventyDevServer;
}
