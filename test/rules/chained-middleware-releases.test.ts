// A client parked on Koa's context by one middleware and released by a later middleware of the same app after its own
// `await next()`, with no `finally`: a throw anywhere downstream skips that release, and nothing else in the chain gives
// the client back. The same release in a `finally` (or a `catch`), one in another function or file, or a release by
// something this reading does not follow, keeps the store a hand-over.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const APP = `import Koa from "koa";\nimport { Pool } from "pg";\nconst pool = new Pool();\nconst app = new Koa();\n`;
const STORE = `app.use(async (ctx, next) => {\n  ctx.db = await pool.connect();\n  await next();\n});\n`;
const app = (...middlewares: string[]) => APP + STORE + middlewares.join("");
/** The storing middleware doing `work` of its own between the store and `await next()` (gaps-33). */
const WORK_STORE = (work: string) => `app.use(async (ctx, next) => {\n  ctx.db = await pool.connect();\n  ${work}\n  await next();\n});\n`;

ruleTester.run("no-leaked-client: a client released by a later middleware of the chain", rule, {
  valid: [
    {
      name: "the later middleware releases in a finally around next()",
      code: app(`app.use(async (ctx, next) => {\n  try {\n    await next();\n  } finally {\n    ctx.db.release();\n  }\n});\n`),
    },
    {
      name: "a release with nothing that can throw before it",
      code: app(`app.use(async (ctx) => {\n  ctx.db.release();\n  ctx.body = "ok";\n});\n`),
    },
    {
      name: "an error-handling middleware releases in its catch as well",
      code: app(
        `app.use(async (ctx, next) => {\n  await next();\n  ctx.db.release();\n});\n`,
        `app.use(async (ctx, next) => {\n  try {\n    await next();\n  } catch (err) {\n    ctx.db.release();\n    throw err;\n  }\n});\n`,
      ),
    },
    {
      name: "released on another app's chain: not this reading's to judge",
      code: app(`const admin = new Koa();\nadmin.use(async (ctx, next) => {\n  await next();\n  ctx.db.release();\n});\n`),
    },
    {
      name: "the storing middleware's work before next() cannot throw (an assignment)",
      code: APP + WORK_STORE("ctx.state.startedAt = null;") + `app.use(async (ctx) => {\n  ctx.db.release();\n  ctx.body = "ok";\n});\n`,
    },
    {
      name: "the storing middleware may return before next(): another shape, left to the hand-over",
      code: APP + WORK_STORE('if (!ctx.get("authorization")) return;\n  await ctx.db.query("SET search_path TO app");') + `app.use(async (ctx) => {\n  ctx.db.release();\n});\n`,
    },
    {
      name: "the storing middleware's work swallows its rejection in a .catch (review-33a)",
      code: APP + WORK_STORE('await ctx.db.query("SET search_path TO app").catch(() => {});') + `app.use(async (ctx) => {\n  ctx.db.release();\n  ctx.body = "ok";\n});\n`,
    },
    {
      name: "the storing middleware's work swallows its rejection in a two-callback .then (review-33a)",
      code: APP + WORK_STORE('await ctx.db.query("SET search_path TO app").then(() => {}, () => {});') + `app.use(async (ctx) => {\n  ctx.db.release();\n  ctx.body = "ok";\n});\n`,
    },
    {
      name: "the storing middleware's work, and an earlier middleware releasing in a finally around next()",
      code:
        APP +
        `app.use(async (ctx, next) => {\n  try {\n    await next();\n  } finally {\n    ctx.db?.release();\n  }\n});\n` +
        WORK_STORE('await ctx.db.query("SET search_path TO app");'),
    },
    {
      name: "Express's (req, res, next) middleware is no onion",
      code:
        APP +
        `app.use(async (req, res, next) => {\n  req.db = await pool.connect();\n  next();\n});\n` +
        `app.use(async (req, res, next) => {\n  await next();\n  req.db.release();\n});\n`,
    },
  ],
  invalid: [
    {
      name: "the storing middleware's own SET before next() throws: next() never runs, nor the later release",
      code: APP + WORK_STORE('await ctx.db.query("SET search_path TO app");') + `app.use(async (ctx, next) => {\n  await next();\n  ctx.db.release();\n});\n`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 7 }, line: 6, column: 18, suggestions: [] }],
    },
    {
      name: "the storing middleware's own call before next(), and a last handler releasing first thing",
      code: APP + WORK_STORE("ctx.state.user = await loadUser(ctx);") + `app.use(async (ctx) => {\n  ctx.db.release();\n  ctx.body = ctx.state.user;\n});\n`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 7 }, line: 6, column: 18, suggestions: [] }],
    },
    {
      name: "released after await next() in a later middleware, with no finally",
      code: app(`app.use(async (ctx, next) => {\n  await next();\n  ctx.db.release();\n});\n`),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 10 }, line: 6, column: 18, suggestions: [] }],
    },
    {
      name: "released under a test of the context after next()",
      code: app(`app.use(async (ctx, next) => {\n  await next();\n  if (ctx.db) {\n    ctx.db.release();\n  }\n});\n`),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 10 }, line: 6, column: 18, suggestions: [] }],
    },
    {
      name: "released by the chain's last handler after its query",
      code: app(`app.use(async (ctx) => {\n  const { rows } = await ctx.db.query("SELECT 1");\n  ctx.body = rows;\n  ctx.db.release();\n});\n`),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 10 }, line: 6, column: 18, suggestions: [] }],
    },
  ],
});
