// opsHandler: /health, /readyz and /metrics as one function that is both a node:http request listener and Express
// middleware (it hands every other path to next(), or answers 404 when there is no next).
import type { IncomingMessage, ServerResponse } from "node:http";
import { createOpsResponder, routeForUrl, type OpsOptions, type OpsResponse } from "./ops-responder.js";

export type { OpsOptions, OpsMonitor } from "./ops-responder.js";

export type OpsHandler = (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => void;

const NOT_FOUND = JSON.stringify({ error: "not found" });

function send(response: ServerResponse, answer: OpsResponse): void {
  if (response.headersSent) {
    // Someone else already started this response; the only safe thing left is to end it.
    response.destroy();
    return;
  }
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}

/**
 * `http.createServer(opsHandler({ monitor }))` or `app.use(opsHandler({ monitor }))`. Throws at once on bad
 * options; once built, it never throws into the server: a failure while answering becomes a 500.
 */
export function opsHandler(options: OpsOptions): OpsHandler {
  const respond = createOpsResponder(options);
  return (request, response, next) => {
    let route;
    try {
      route = routeForUrl(request.url);
    } catch {
      route = undefined;
    }
    if (route === undefined) {
      if (next) {
        next();
        return;
      }
      try {
        send(response, {
          status: 404,
          headers: { "content-type": "application/json; charset=utf-8", "content-length": String(NOT_FOUND.length) },
          body: request.method === "HEAD" ? "" : NOT_FOUND,
        });
      } catch {
        response.destroy();
      }
      return;
    }
    respond(route, request)
      .then((answer) => send(response, answer))
      .catch(() => {
        // Writing failed (the client went away mid-answer): nothing to report to, so release the socket.
        response.destroy();
      });
  };
}
