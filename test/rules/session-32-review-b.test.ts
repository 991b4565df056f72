// review-32b's adversarial review of session 32's new no-leaked-client readings: each false alarm found is a valid
// case here that was reported before its fix, beside the twin the reading must keep reporting.
// - kept-local-objects.ts (gaps-32a): a package object made around the client and declared with `await using` /
//   `using` is disposed at the end of the block (its `Symbol.asyncDispose` may give the client back), and a method
//   whose camelCase name holds an ending word (`tx.releaseClient()`, `manager.closeAll()`) may give it back too: both
//   were read as an object kept in the function (neverReleased).
// - chained-middleware-releases.ts (gaps-32b): a later middleware whose `await next().catch(…)` swallows what the
//   chain throws releases on that path too: the `.catch` was taken for a throw point (notReleasedOnThrow). And Hono's
//   compose catches what a handler throws (the app's onError answers, `c.error` holds it), so the upstream `await
//   next()` resolves and the release after it runs: an app made by `new Hono()` was read as Koa's onion.
// - task-list-releases.ts finalCallbackSkipped (gaps-32a): `async` of the file's own making (an object literal whose
//   `parallel` calls the final callback at once) is not the async package: its final callback runs whatever the tasks
//   do; one required or imported stays read.
// - pools/carried-checkouts.ts (gaps-32b): a helper returning `{ client, dispose }` where `dispose` is its own
//   function releasing the client carries a way back, as `{ client, done: () => client.release() }` does: the caller
//   calling `dispose()` in a finally was reported (helperNotHandedOverOnThrow).
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

/** A package object made around the client in `read`; `body` follows the construction (line 4). */
const KEPT = (body: string, declaration = "const", klass = `import { Tx } from "pg-tx-lib";\n`) =>
  `${klass}async function read(pool) {\n  const client = await pool.connect();\n  ${declaration} tx = new Tx(client);\n${body}\n}`;

const KOA = `import Koa from "koa";\nimport { Pool } from "pg";\nconst pool = new Pool();\nconst app = new Koa();\n`;
const STORE = `app.use(async (ctx, next) => {\n  ctx.db = await pool.connect();\n  await next();\n});\n`;

const HONO = `import { Hono } from "hono";\nimport { Pool } from "pg";\nconst pool = new Pool();\nconst app = new Hono();\n`;
const HONO_CHAIN = (header: string) =>
  header +
  `app.use("*", async (c, next) => {\n  c.db = await pool.connect();\n  await next();\n});\n` +
  `app.use("*", async (c, next) => {\n  await next();\n  c.db.release();\n});\n`;

/** A checkout released only in the final callback of `async.parallel`, whose task reads the result unchecked. */
const TASKS = (library: string) =>
  `${library}\nfunction list(pool, res) {\n  pool.connect((err, client, done) => {\n    if (err) return res.end();\n    async.parallel(\n      [(cb) => {\n        client.query("SELECT 1", (qerr, result) => {\n          cb(qerr, result.rows);\n        });\n      }],\n      (perr, rows) => {\n        done();\n        res.json(rows);\n      },\n    );\n  });\n}\n`;

const { root, write } = scratchModules("poolguard-session-32-review-b-");
write(
  "pool.ts",
  `import { Pool } from "pg";\nconst pool = new Pool();\n` +
    `export async function getDisposable() {\n  const client = await pool.connect();\n  const dispose = () => client.release();\n  return { client, dispose };\n}\n` +
    `export async function getFinishing() {\n  const client = await pool.connect();\n  function finish() {\n    client.release();\n  }\n  return { client, finish };\n}\n` +
    `export async function getLogging() {\n  const client = await pool.connect();\n  const note = () => console.log("checked out");\n  return { client, note };\n}\n`,
);
const at = () => path.join(root, "entry.ts");
/** The caller destructuring the helper's object and calling `giveBack` in a finally. */
const CALLER = (helper: string, key: string, giveBack: string) =>
  `import { ${helper} } from "./pool";\nexport async function load() {\n  const { client, ${key} } = await ${helper}();\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    ${giveBack};\n  }\n}\n`;

ruleTester.run("no-leaked-client: session 32's readings, reviewed (b)", rule, {
  valid: [
    { name: "a package object declared with await using is disposed at the block's end", code: KEPT("  await tx.begin();", "await using") },
    { name: "a package object declared with using", code: KEPT("  tx.begin();", "using") },
    { name: "a method whose name holds an ending word (releaseClient)", code: KEPT("  await tx.begin();\n  await tx.releaseClient();") },
    { name: "a method whose name holds an ending word (closeAll)", code: KEPT("  await tx.begin();\n  tx.closeAll();") },
    {
      name: "a later middleware catching what next() throws before its release",
      code: KOA + STORE + `app.use(async (ctx, next) => {\n  await next().catch((err) => {\n    ctx.status = 500;\n  });\n  ctx.db.release();\n});\n`,
    },
    { name: "a Hono app's chain: the upstream await next() resolves when a handler throws", code: HONO_CHAIN(HONO) },
    {
      name: "an OpenAPIHono app of @hono/zod-openapi (a Hono)",
      code: HONO_CHAIN(HONO.replace('import { Hono } from "hono"', 'import { OpenAPIHono as Hono } from "@hono/zod-openapi"')),
    },
    {
      name: "an async object of the file's own making calls its final callback at once",
      code: TASKS("const async = {\n  parallel(tasks, done) {\n    done(null, []);\n  },\n};"),
    },
    {
      name: "the checkout released by the helper's own arrow carried beside it (dispose)",
      code: CALLER("getDisposable", "dispose", "dispose()"),
      filename: at(),
    },
    {
      name: "the checkout released by the helper's own function declaration carried beside it (finish)",
      code: CALLER("getFinishing", "finish", "finish()"),
      filename: at(),
    },
  ],
  invalid: [
    {
      name: "the kept package object, methods of no ending word (the reading's own case, kept)",
      code: KEPT("  await tx.begin();\n  await tx.openStream();"),
      errors: [{ messageId: "neverReleased", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "a later middleware releasing after a plain await next() (the reading's own case, kept)",
      code: KOA + STORE + `app.use(async (ctx, next) => {\n  await next();\n  ctx.db.release();\n});\n`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 10 }, line: 6, column: 18, suggestions: [] }],
    },
    {
      name: "the same chain on a Koa app (the reading's own case, kept)",
      code: HONO_CHAIN(HONO.replace('import { Hono } from "hono"', 'import Hono from "koa"')),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 10 }, line: 6, column: 16, suggestions: [] }],
    },
    {
      name: "the async package, required (the reading's own case, kept)",
      code: TASKS(`const async = require("async");`),
      errors: [{ messageId: "resultReadBeforeErrorCheck", line: 3, column: 3, suggestions: [] }],
    },
    {
      name: "a function carried beside the client that does not release it: still the caller's to release",
      code: CALLER("getLogging", "note", "note()"),
      filename: at(),
      errors: [{ messageId: "helperNotHandedOverOnThrow", line: 3, column: 34, suggestions: [] }],
    },
  ],
});
