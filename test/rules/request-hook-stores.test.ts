// no-leaked-client: a checkout that a per-request Fastify hook stores where every request stores it — a variable
// declared outside the hook, or a property of the instance the hook is added to — is overwritten by the next
// overlapping request before it is released, whatever the rest of the project does with the holder
// (request-hook-stores.ts; gzileni/gRPC-fastify's `fastify.db`, gzileni/hx-copernicus's module-level `db`). Each valid
// case is the twin of an invalid one, differing in the one fact a guard reads.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A Fastify plugin adding `hook` with `body` as its async function's body (parameters `request, reply`). */
const plugin = (body: string, hook = "onRequest", method = "addHook", outer = "") => `${outer}module.exports = async function (fastify) {
  fastify.${method}("${hook}", async (request, reply) => {
    ${body}
  });
};`;

const message = (holder: string, hook: string) => ({ messageId: "overwrittenAcrossRequests" as const, data: { pool: "fastify.pg", holder, hook, line: 2 }, suggestions: [] });

ruleTester.run("no-leaked-client: checkouts stored across requests by a per-request hook", rule, {
  valid: [
    { name: "the checkout kept on the request, one per request", code: plugin(`request.db = await fastify.pg.connect();`) },
    { name: "an onReady hook runs once, not per request", code: plugin(`fastify.db = await fastify.pg.connect();`, "onReady") },
    { name: "a listener of an emitter's event named onRequest is no Fastify hook", code: plugin(`fastify.db = await fastify.pg.connect();`, "onRequest", "on") },
    {
      name: "the hook releases the previous client before it stores the next",
      code: plugin(`if (fastify.db) fastify.db.release();\n    fastify.db = await fastify.pg.connect();`),
    },
    {
      name: "the hook checks out only when nothing is stored",
      code: plugin(`if (!db) db = await fastify.pg.connect();`, "onRequest", "addHook", "let db;\n"),
    },
    {
      name: "a property of an outer variable that holds the request, not the instance",
      code: plugin(`current = request;\n    current.db = await fastify.pg.connect();`, "onRequest", "addHook", "let current;\n"),
    },
  ],
  invalid: [
    {
      name: "gRPC-fastify: the onRequest hook parks the checkout on the shared instance",
      code: plugin(`fastify.resource = { url: request.url };\n    fastify.db = await fastify.pg.connect();`),
      errors: [{ ...message("fastify.db", "onRequest"), line: 4, column: 24 }],
    },
    {
      name: "hx-copernicus: a module variable, released by a later hook, is overwritten by the next request first",
      code: `let db;\nmodule.exports = async function (fastify) {\n  fastify.addHook("onRequest", async () => {\n    db = await fastify.pg.connect();\n  });\n  fastify.addHook("preHandler", async () => {\n    await db.query("SELECT 1");\n    db.release();\n  });\n};`,
      errors: [{ ...message("db", "onRequest"), data: { pool: "fastify.pg", holder: "db", hook: "onRequest", line: 3 }, line: 4, column: 16 }],
    },
    {
      name: "a preHandler storing into a variable of the plugin, only for some routes",
      code: `module.exports = async function (fastify) {\n  let client;\n  fastify.addHook("preHandler", async function (request) {\n    if (!request.url.startsWith("/api")) return;\n    client = await fastify.pg.connect();\n  });\n};`,
      errors: [{ ...message("client", "preHandler"), data: { pool: "fastify.pg", holder: "client", hook: "preHandler", line: 3 }, line: 5, column: 20 }],
    },
  ],
});
