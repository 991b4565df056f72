// opsAccess: the seed's middleware name for the same access rule, to guard an application's own internal routes
// (an admin page, a debug endpoint) exactly as /readyz and /metrics are guarded.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createAccessPolicy, type AccessOptions } from "./access.js";

export type OpsAccessMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

const FORBIDDEN = JSON.stringify({ error: "forbidden: this endpoint answers only internal addresses" });

/** Express/Connect middleware: next() for internal (or allowed) callers, 403 for everyone else. */
export function opsAccess(options: AccessOptions = {}): OpsAccessMiddleware {
  const mayRead = createAccessPolicy(options);
  return (request, response, next) => {
    if (mayRead(request).allowed) {
      next();
      return;
    }
    try {
      response.writeHead(403, {
        "content-type": "application/json; charset=utf-8",
        "content-length": String(Buffer.byteLength(FORBIDDEN)),
        "cache-control": "no-store",
      });
      response.end(request.method === "HEAD" ? undefined : FORBIDDEN);
    } catch {
      response.destroy();
    }
  };
}
