// Pools named however a project likes: the @fastify/postgres decorator, and any connect() whose client is given back
// the way only a pg pool client is — against connects of other libraries and receivers typed as something else.
import rule from "../../rules/no-leaked-client.js";
import unawaited from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';

ruleTester.run("checkout evidence (no-leaked-client)", rule, {
  valid: [
    {
      name: "redis: a connect whose result is released is still not a pg checkout",
      code: `async function f(redis) {\n  const client = await redis.connect();\n  await client.get("k");\n  client.release();\n}`,
    },
    {
      name: "a client made by a redis factory",
      code: `import { createClient } from "redis";\nconst cache = createClient();\nasync function f() {\n  const conn = await cache.connect();\n  await conn.get("k");\n  conn.release();\n}`,
    },
    {
      name: "MongoClient, amqp and net are never pools",
      code: `async function f() {\n  const a = await MongoClient.connect(url);\n  await a.db();\n  a.release();\n  const b = await amqp.connect(url);\n  await b.createChannel();\n  b.release();\n}`,
    },
    {
      name: "a parameter typed with a local class named like a pool",
      code: `class SurrealPool { async connect() { return { release() {}, query() {} }; } }\nasync function f(pool: SurrealPool) {\n  const c = await pool.connect();\n  await c.query();\n  c.release();\n}`,
    },
    {
      name: "generic-pool's Pool<Conn> is not pg's Pool",
      code: `import type { Pool } from "generic-pool";\nasync function f(pool: Pool<unknown>) {\n  const c = await pool.connect();\n  await c.query();\n}`,
    },
    {
      name: "a class field typed with another library's pool",
      code: `import type { Pool } from "mysql2/promise";\nclass Repo {\n  pool!: Pool;\n  async run() {\n    const c = await this.pool.connect();\n    await c.query("x");\n  }\n}`,
    },
    {
      name: "an unknown receiver whose client is released in finally",
      code: `async function f(ctx) {\n  const c = await ctx.db.connect();\n  try {\n    await c.query("SELECT 1");\n  } finally {\n    c.release();\n  }\n}`,
    },
    {
      name: "the fastify decorator, released in finally",
      code: `async function routes(fastify) {\n  const client = await fastify.pg.connect();\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n}`,
    },
    {
      name: "a pool known only by its name, given a handler without pg's (err, client) parameters: slonik's connect(handler)",
      code: `import { createPool } from "../index.js";\nasync function f(dsn) {\n  const pool = await createPool(dsn);\n  await pool.connect(async () => null);\n}`,
    },
    {
      name: "a one-parameter handler on a pool cached in a module variable from an awaited promise",
      code: `let pool;\nasync function connect(poolPromise) {\n  pool = await poolPromise;\n  return new Promise((resolve) => {\n    pool.connect((connection) => {\n      resolve(connection);\n    });\n  });\n}`,
    },
    {
      name: "a pool typed from an npm: specifier of another package (Deno) is not pg's",
      code: `import type { Pool } from "npm:generic-pool@3";\nasync function f(pool: Pool<unknown>) {\n  const c = await pool.connect();\n  await c.query();\n}`,
    },
    // evidence-dev/evidence's Fabric connection: an mssql ConnectionPool called `pool`, whose connect() opens the pool.
    {
      name: "a pool made by mssql's ConnectionPool is not pg's, whatever its name",
      code: `import sql from "mssql";\nasync function buildPool(config) {\n  const pool = new sql.ConnectionPool(config);\n  const conn = await pool.connect();\n  await conn.request().query("SELECT 1");\n  conn.release();\n}`,
    },
    // productdevbook/sumak's mssql round trip: `let pool: any`, assigned an mssql ConnectionPool in a hook, the
    // optional dependency loaded with a guarded dynamic import.
    {
      name: "a pool assigned mssql's ConnectionPool, mssql imported dynamically, is not pg's",
      code: `let pool: any;\nexport async function setUp() {\n  const mssql = (await import("mssql" as string).catch(() => null)) as { ConnectionPool: new (cfg: unknown) => any } | null;\n  if (!mssql) throw new Error("mssql is not installed");\n  pool = new mssql.ConnectionPool({ server: "127.0.0.1" });\n  await pool.connect();\n}`,
    },
    // Kash15if/online-exam-api's SQL Server repository: mssql required lazily by a local function, its
    // ConnectionPool kept in a module variable and opened by connect() (corpus case kash15if-online-exam-api-mssql-lazy-get-pool).
    {
      name: "a pool assigned `new sql.ConnectionPool(…)`, mssql loaded through a local lazy getter, is not pg's",
      code: `let pool = null;\nlet sqlLib = null;\nconst getSql = () => {\n  if (!sqlLib) sqlLib = require("mssql");\n  return sqlLib;\n};\nasync function getPool() {\n  const sql = getSql();\n  pool = new sql.ConnectionPool({ server: "db" });\n  await pool.connect();\n  return pool;\n}`,
    },
    {
      name: "a pool made by mysql2's createPool is not pg's, whatever its name",
      code: `const mysql = require("mysql2/promise");\nasync function f(config) {\n  const pool = mysql.createPool(config);\n  const conn = await pool.connect();\n  await conn.query("SELECT 1");\n  conn.release();\n}`,
    },
    {
      name: "an unknown receiver whose client is never released says nothing without other evidence",
      code: `async function f(ctx) {\n  const c = await ctx.db.connect();\n  await c.query("SELECT 1");\n}`,
    },
  ],
  invalid: [
    {
      name: "the same late assignment of pg's Pool, pg imported dynamically, is a pool",
      code: `let pool: any;\nexport async function setUp() {\n  const pg = (await import("pg" as string).catch(() => null)) as { Pool: new (cfg: unknown) => any } | null;\n  if (!pg) throw new Error("pg is not installed");\n  pool = new pg.Pool({ host: "127.0.0.1" });\n  await pool.connect();\n}`,
      errors: [{ messageId: "neverReleased" as const, data: { pool: "pool" }, line: 6, column: 9, suggestions: [] }],
    },
    {
      name: "the same lazy getter loading pg, its Pool kept in the module variable, is a pool",
      code: `let pool = null;\nlet sqlLib = null;\nconst getSql = () => {\n  if (!sqlLib) sqlLib = require("pg");\n  return sqlLib;\n};\nasync function getPool() {\n  const sql = getSql();\n  pool = new sql.Pool({ host: "db" });\n  await pool.connect();\n  return pool;\n}`,
      errors: [{ messageId: "neverReleased" as const, data: { pool: "pool" }, line: 10, column: 9, suggestions: [] }],
    },
    {
      name: "the same shape on a pool made by pg's Pool is a checkout",
      code: `import pg from "pg";\nasync function buildPool(config) {\n  const pool = new pg.Pool(config);\n  const conn = await pool.connect();\n  await conn.query("SELECT 1");\n  conn.release();\n}`,
      errors: [
        {
          messageId: "notReleasedOnThrow" as const,
          data: { pool: "pool", line: 5 },
          line: 4,
          column: 22,
          suggestions: [
            {
              messageId: "rewriteWithClient" as const,
              data: { helper: "withClient" },
              output: `import pg from "pg";\nimport { withClient } from "poolguard/runtime";\nasync function buildPool(config) {\n  const pool = new pg.Pool(config);\n  await withClient(pool, async (conn) => {\n    await conn.query("SELECT 1");\n  });\n}`,
            },
          ],
        },
      ],
    },
    // Deno names pg `npm:pg@8`, and an import map may alias it (`dep:pg`): the annotation is pg's all the same.
    ...["dep:pg", "npm:pg@8.11.3"].map((specifier) => ({
      name: `a pool typed pg.Pool from the Deno specifier ${specifier}, under a name that says nothing`,
      code: `import type pg from "${specifier}";\nasync function load(db: pg.Pool) {\n  const c = await db.connect();\n  await c.query("SELECT 1");\n  c.release();\n}`,
      errors: [
        {
          messageId: "notReleasedOnThrow" as const,
          data: { pool: "db", line: 4 },
          line: 3,
          column: 19,
          suggestions: [
            {
              messageId: "rewriteWithClient" as const,
              data: { helper: "withClient" },
              output: `import type pg from "${specifier}";\nimport { withClient } from "poolguard/runtime";\nasync function load(db: pg.Pool) {\n  await withClient(db, async (c) => {\n    await c.query("SELECT 1");\n  });\n}`,
            },
          ],
        },
      ],
    })),
    {
      name: "the fastify decorator: never released",
      // JavaScript: in TypeScript the decorator's type is not pg's Pool, and the rewrite is refused (rewrite-foreign-pool.test.ts).
      filename: "file.js",
      code: `async function routes(fastify) {\n  fastify.get("/", async () => {\n    const client = await fastify.pg.connect();\n    await client.query("SELECT 1");\n  });\n}`,
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "fastify.pg" },
          line: 3,
          column: 26,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `${IMPORT}async function routes(fastify) {\n  fastify.get("/", async () => {\n    await withClient(fastify.pg, async (client) => {\n      await client.query("SELECT 1");\n    });\n  });\n}`,
            },
          ],
        },
      ],
    },
    {
      name: "a named fastify pool through request.server",
      // JavaScript: in TypeScript the decorator's type is not pg's Pool, and the rewrite is refused (rewrite-foreign-pool.test.ts).
      filename: "file.js",
      code: `async function handler(request) {\n  const client = await request.server.pg.reports.connect();\n  await client.query("SELECT 1");\n  client.release();\n}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "request.server.pg.reports", line: 3 },
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `${IMPORT}async function handler(request) {\n  await withClient(request.server.pg.reports, async (client) => {\n    await client.query("SELECT 1");\n  });\n}`,
            },
          ],
        },
      ],
    },
    {
      name: "getPool().connect(): the release says it is a pool checkout",
      code: `async function f() {\n  const client = await getPool().connect();\n  await client.query("SELECT 1");\n  client.release();\n}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "getPool()", line: 3 },
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `${IMPORT}async function f() {\n  await withClient(getPool(), async (client) => {\n    await client.query("SELECT 1");\n  });\n}`,
            },
          ],
        },
      ],
    },
    {
      name: "a pg pool given a callback that takes only the error: pg hands over a client all the same",
      code: `const { Pool } = require("pg");\nlet pool = null;\nfunction init() {\n  pool = new Pool();\n  pool.connect((err) => {\n    if (err) console.error(err);\n  });\n}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 5, column: 3, suggestions: [] }],
    },
    {
      name: "a pool known only by its name, given an async callback of pg's (err, client, release) shape",
      code: `pool.connect(async (err, client, release) => {\n  if (err) return console.error(err);\n  await client.query("SELECT 1");\n});`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 1, column: 1, suggestions: [] }],
    },
    {
      name: "a callback of the (err, client, done) shape on a neutral name: done says it is a checkout",
      code: `function f(node, cb) {\n  node.config.pgPool.connect((err, client, done) => {\n    if (err) return cb(err);\n    client.query("SELECT 1", (err, res) => {\n      if (err) return cb(err);\n      done();\n      cb(null, res.rows);\n    });\n  });\n}\nfunction g(db, cb) {\n  db.connect((err, client, release) => {\n    if (err) return cb(err);\n    client.query("SELECT 1", (err) => {\n      if (err) return cb(err);\n      release();\n      cb();\n    });\n  });\n}`,
      errors: [
        { messageId: "callbackPathWithoutDone", line: 2, column: 3 },
        { messageId: "callbackPathWithoutDone", line: 12, column: 3 },
      ],
    },
  ],
});

ruleTester.run("checkout evidence (no-unawaited-client-work)", unawaited, {
  valid: [
    {
      name: "redis work is never judged",
      code: `async function f(redis) {\n  const client = await redis.connect();\n  client.set("k", "v");\n  client.release();\n}`,
    },
  ],
  invalid: [
    {
      name: "a neutral receiver whose client is released: its un-awaited query is reported",
      code: `async function f(ctx) {\n  const c = await ctx.db.connect();\n  try {\n    c.query("UPDATE t SET x = 1");\n  } finally {\n    c.release();\n  }\n}`,
      errors: [
        {
          messageId: "unawaited",
          line: 4,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: `async function f(ctx) {\n  const c = await ctx.db.connect();\n  try {\n    await c.query("UPDATE t SET x = 1");\n  } finally {\n    c.release();\n  }\n}` }],
        },
      ],
    },
  ],
});
