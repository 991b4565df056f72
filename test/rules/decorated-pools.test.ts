// A pool a Fastify plugin decorates the instance with under a name of its own (`fastify.decorate("db", pool)`), read
// back in the same file as `fastify.db` — against decorations that are not pools and names the file never decorates.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const REQUIRE = 'const { withClient } = require("poolguard/runtime");\n';
const PLUGIN = 'const { Pool } = require("pg");\nconst fp = require("fastify-plugin");\n';

ruleTester.run("decorated pools (no-leaked-client)", rule, {
  valid: [
    {
      name: "decorated with a pool, the checkout released in finally",
      filename: "file.js",
      code: `${PLUGIN}module.exports = fp(async (fastify) => {\n  fastify.decorate("db", new Pool());\n  fastify.get("/", async () => {\n    const client = await fastify.db.connect();\n    try {\n      return (await client.query("SELECT 1")).rows;\n    } finally {\n      client.release();\n    }\n  });\n});`,
    },
    {
      name: "decorated with something else: a redis-like connect, never released, is not a checkout",
      filename: "file.js",
      code: `${PLUGIN}module.exports = fp(async (fastify) => {\n  fastify.decorate("db", createQueue());\n  fastify.get("/", async () => {\n    const client = await fastify.db.connect();\n    await client.query("SELECT 1");\n  });\n});`,
    },
    {
      name: "one of two decorations of the name is not a pool",
      filename: "file.js",
      code: `${PLUGIN}module.exports = fp(async (fastify, opts) => {\n  if (opts.pool) fastify.decorate("db", new Pool());\n  else fastify.decorate("db", opts.other);\n  fastify.get("/", async () => {\n    const client = await fastify.db.connect();\n    await client.query("SELECT 1");\n  });\n});`,
    },
    {
      name: "the file decorates another name",
      filename: "file.js",
      code: `${PLUGIN}module.exports = fp(async (fastify) => {\n  fastify.decorate("store", new Pool());\n  fastify.get("/", async () => {\n    const client = await fastify.db.connect();\n    await client.query("SELECT 1");\n  });\n});`,
    },
    {
      name: "`this.db` in a class is the class's member, not the decorator",
      filename: "file.js",
      code: `${PLUGIN}module.exports = fp(async (fastify) => {\n  fastify.decorate("db", new Pool());\n});\nclass Repo {\n  async run() {\n    const client = await this.db.connect();\n    await client.query("SELECT 1");\n  }\n}`,
    },
  ],
  invalid: [
    {
      name: "decorated with a pool of the file, the checkout never released",
      filename: "file.js",
      code: `${PLUGIN}module.exports = fp(async (fastify) => {\n  const pool = new Pool();\n  fastify.decorate("db", pool);\n  fastify.get("/", async () => {\n    const client = await fastify.db.connect();\n    return (await client.query("SELECT 1")).rows;\n  });\n});`,
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "fastify.db" },
          line: 7,
          column: 26,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `${PLUGIN}${REQUIRE}module.exports = fp(async (fastify) => {\n  const pool = new Pool();\n  fastify.decorate("db", pool);\n  fastify.get("/", async () => {\n    return await withClient(fastify.db, async (client) => {\n      return (await client.query("SELECT 1")).rows;\n    });\n  });\n});`,
            },
          ],
        },
      ],
    },
    {
      name: "read through request.server, never released",
      filename: "file.js",
      code: `${PLUGIN}module.exports = fp(async (fastify) => {\n  fastify.decorate("database", new Pool());\n  fastify.get("/", async (request) => {\n    const client = await request.server.database.connect();\n    await client.query("SELECT 1");\n  });\n});`,
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "request.server.database" },
          line: 6,
          column: 26,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `${PLUGIN}${REQUIRE}module.exports = fp(async (fastify) => {\n  fastify.decorate("database", new Pool());\n  fastify.get("/", async (request) => {\n    await withClient(request.server.database, async (client) => {\n      await client.query("SELECT 1");\n    });\n  });\n});`,
            },
          ],
        },
      ],
    },
  ],
});
