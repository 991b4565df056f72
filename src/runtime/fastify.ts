// opsFastifyPlugin: the ops endpoints as a Fastify plugin, `app.register(opsFastifyPlugin, { monitor })`.
// Fastify is not imported: the shapes below are the few parts of its API the plugin touches.
import type { IncomingMessage } from "node:http";
import { createOpsResponder, OPS_PATHS, routeForUrl, type OpsOptions } from "./ops-responder.js";

interface FastifyRequestLike {
  raw: IncomingMessage;
}

interface FastifyReplyLike {
  code(statusCode: number): FastifyReplyLike;
  headers(values: Record<string, string>): FastifyReplyLike;
  send(payload?: unknown): FastifyReplyLike;
}

interface FastifyInstanceLike {
  route(options: {
    method: string[];
    url: string;
    handler: (request: FastifyRequestLike, reply: FastifyReplyLike) => Promise<unknown>;
  }): unknown;
}

// GET and HEAD are answered; the others are routed only to be refused with 405 and an Allow header, as the
// node:http handler does. OPTIONS is left alone so that a CORS plugin keeps answering preflights.
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

/** Registers GET /health, /readyz and /metrics (under the register prefix, if any). Throws on bad options. */
export async function opsFastifyPlugin(fastify: FastifyInstanceLike, options: OpsOptions): Promise<void> {
  const respond = createOpsResponder(options);
  for (const path of OPS_PATHS) {
    const route = routeForUrl(path);
    if (route === undefined) continue;
    fastify.route({
      method: METHODS,
      url: path,
      // request.raw carries the socket, the real headers and the query string the access check and verbose read.
      handler: async (request, reply) => {
        const answer = await respond(route, request.raw);
        return reply.code(answer.status).headers(answer.headers).send(answer.body);
      },
    });
  }
}
