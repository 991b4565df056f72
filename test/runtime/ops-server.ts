// Test helpers for the ops endpoints: a real server on a loopback address, and a plain HTTP client for it.
import { once } from "node:events";
import http, { type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "undici";

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:41234 or http://[::1]:41234 */
  url: string;
  close(): Promise<void>;
}

/** Serves `listener` on `host` (a loopback address only) on a free port. */
export async function serve(listener: RequestListener, host = "127.0.0.1"): Promise<RunningServer> {
  const server = http.createServer(listener);
  server.listen(0, host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(":") ? `[${host === "::" ? "::1" : host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request; `headers` may be a flat [name, value, name, value…] list to send a header more than once. */
export async function fetchText(
  url: string,
  options: { method?: string; headers?: Record<string, string> | string[] } = {},
): Promise<Reply> {
  const response = await request(url, {
    method: (options.method ?? "GET") as "GET",
    headers: options.headers,
    // Each request on a connection of its own: the server sees exactly the socket we meant it to.
    reset: true,
  });
  const body = await response.body.text();
  return { status: response.statusCode, headers: response.headers, body };
}
