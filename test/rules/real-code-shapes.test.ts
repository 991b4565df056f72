// Shapes met in real code (see test/realworld/): generators run by co, clients wrapped in an object, pools narrowed
// by `instanceof`, closures that release, helpers that keep the client in a closure, and work that cannot throw.
import rule from "../../rules/no-leaked-client.js";
import afterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client on real-code shapes", rule, {
  valid: [
    {
      name: "a generator that releases in finally",
      code: `const run = co.wrap(function* (pool) {\n  const client = yield pool.connect();\n  try {\n    yield client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n});`,
    },
    {
      name: "a wrapped client released through the wrapper in finally",
      code: `class Session { constructor(client) { this.client = client; } }\nasync function tx(pool) {\n  const session = new Session(await pool.connect());\n  try {\n    await session.client.query("BEGIN");\n  } finally {\n    session.client.release();\n  }\n}`,
    },
    {
      name: "a closure of the function releases: every path calls it",
      code: `async function handle(pool, msg, send) {\n  let client = null;\n  const finish = () => {\n    if (client) {\n      client.release();\n      client = null;\n    }\n  };\n  const fail = (err) => {\n    finish();\n    send(err);\n  };\n  try {\n    client = await pool.connect();\n    const result = await client.query(msg.sql);\n    finish();\n    send(result.rows);\n  } catch (err) {\n    fail(err);\n  }\n}`,
    },
    {
      name: "a callback closure that hands done over on failure",
      code: `function run(pool, work, cb) {\n  pool.connect((err, client, done) => {\n    if (err) return cb(err);\n    const abortOn = (failure) => {\n      if (failure) client.query("ROLLBACK", done);\n      return Boolean(failure);\n    };\n    client.query("BEGIN", (beginErr) => {\n      if (abortOn(beginErr)) return cb(beginErr);\n      client.query("COMMIT", () => {\n        done();\n        cb();\n      });\n    });\n  });\n}`,
    },
    {
      name: "a helper of the file that keeps the client in a closure it returns",
      code: `function makeWorker(client) {\n  const next = async () => {\n    await client.query("SELECT 1");\n  };\n  return { next };\n}\nasync function start(pool) {\n  const client = await pool.connect();\n  const worker = makeWorker(client);\n  return worker;\n}`,
    },
    {
      name: "string methods, Object.create and a Node-RED warning do not throw before the hand-over",
      code: `async function getClient(pool, logger, req, node) {\n  const client = await pool.connect();\n  if (logger.level?.toLowerCase() === "trace") node.warn("tracing");\n  req.pg = Object.create(null);\n  return client;\n}`,
    },
    {
      name: "a one-parameter connect callback that releases through arguments[2]",
      code: `function f(pool, cb) {\n  pool.connect(function (err) {\n    if (err) return cb(err);\n    const client = arguments[1];\n    client.query("SELECT 1", () => {\n      arguments[2]();\n      cb();\n    });\n  });\n}`,
    },
    {
      name: "a finally whose nested try/catch only logs before the release",
      code: `async function run(pool, msg) {\n  let client = null;\n  try {\n    client = await pool.connect();\n    msg.payload = await client.query(msg.query);\n  } finally {\n    try {\n      try {\n        await client.query("SET statement_timeout = 0");\n      } catch (resetErr) {\n        console.warn("could not reset");\n      }\n      client.release();\n    } catch (releaseError) {\n      console.error("releasing failed");\n    }\n  }\n}`,
    },
    {
      name: "a finally guarded by `if (client)` whose logging try/catch sits under an `if`, before the release",
      code: `async function run(pool, msg, reset) {\n  let client = null;\n  try {\n    client = await pool.connect();\n    msg.payload = await client.query(msg.query);\n  } finally {\n    if (client) {\n      try {\n        if (reset) {\n          try {\n            await client.query("SET statement_timeout = 0");\n          } catch (resetErr) {\n            console.warn("could not reset");\n          }\n        }\n        client.release();\n      } catch (releaseError) {\n        console.error("releasing failed");\n      }\n    }\n  }\n}`,
    },
    {
      name: "making an error in the catch does not throw before its release",
      code: `async function run(pool) {\n  const client = await pool.connect();\n  try {\n    await client.query("SELECT 1");\n  } catch (e) {\n    const wrapped = new Error("query failed", { cause: e });\n    client.release(e);\n    throw wrapped;\n  }\n  client.release();\n}`,
    },
    {
      name: "a middleware's catch calls next(e), then the client is stored on the request under `if (client)`",
      code: `module.exports = async (req, res, next) => {\n  let client = null;\n  try {\n    client = await pool.connect();\n    audit("connected");\n  } catch (e) {\n    next(e);\n  }\n  if (client) {\n    req.dbClient = client;\n    res.on("finish", () => req.dbClient.release());\n    next();\n  }\n};`,
    },
    {
      name: "slonik's pool.connect(handler) is no pg checkout",
      code: `import { createPool } from "slonik";\nasync function f() {\n  const pool = await createPool("postgres://");\n  await pool.connect(async () => 1);\n}`,
    },
    {
      name: "a .then checkout stored first, then set up: nothing can throw before the hand-over",
      code: `class Iterable {\n  next() {\n    return this.pool.connect().then((c) => {\n      this.client = c;\n      this.onFinish(() => c.removeAllListeners());\n      return c;\n    });\n  }\n}`,
    },
  ],
  invalid: [
    {
      name: "a .then checkout handed over after a call that can throw is lost, not 'released on success only'",
      code: `class Iterable {\n  next() {\n    return this.pool.connect().then((c) => {\n      this.onFinish(() => c.removeAllListeners());\n      this.client = c;\n      return c;\n    });\n  }\n}`,
      errors: [{ messageId: "notHandedOverOnThrow", data: { pool: "this.pool", line: 4 }, line: 3, column: 12, suggestions: [] }],
    },
    {
      name: "a nested catch that rethrows still skips the release after it",
      code: `async function run(pool) {\n  const client = await pool.connect();\n  try {\n    try {\n      await client.query("SELECT 1");\n    } catch (error) {\n      console.warn("failed");\n      throw error;\n    }\n    client.release();\n  } catch (outer) {\n    console.error(outer);\n  }\n}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 5 },
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: 'import { withClient } from "poolguard/runtime";\nasync function run(pool) {\n  await withClient(pool, async (client) => {\n    try {\n      try {\n        await client.query("SELECT 1");\n      } catch (error) {\n        console.warn("failed");\n        throw error;\n      }\n    } catch (outer) {\n      console.error(outer);\n    }\n  });\n}',
            },
          ],
        },
      ],
    },
    {
      name: "a finally guarded by `if (client)`: an await under an `if` and outside any inner try skips the release",
      code: `async function run(pool, msg, reset) {\n  let client = null;\n  try {\n    client = await pool.connect();\n    msg.payload = await client.query(msg.query);\n  } finally {\n    if (client) {\n      try {\n        if (reset) {\n          await client.query("SET statement_timeout = 0");\n        }\n        client.release();\n      } catch (releaseError) {\n        console.error("releasing failed");\n      }\n    }\n  }\n}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 10 }, line: 4, column: 20, suggestions: [] }],
    },
    {
      name: "a middleware's catch calls the app's own function before next(e): that call may throw with the client held",
      code: `module.exports = async (req, res, next) => {\n  let client = null;\n  try {\n    client = await pool.connect();\n    audit("connected");\n  } catch (e) {\n    report(e);\n    next(e);\n  }\n  if (client) {\n    req.dbClient = client;\n    res.on("finish", () => req.dbClient.release());\n    next();\n  }\n};`,
      errors: [{ messageId: "notHandedOverOnThrow", data: { pool: "pool", line: 7 }, line: 4, column: 20, suggestions: [] }],
    },
    {
      name: "a \`next\` that is no middleware's (a helper's callback) may throw like any call",
      code: `async function step(pool, next) {\n  const client = await pool.connect();\n  next();\n  client.release();\n}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 24, suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: 'import { withClient } from "poolguard/runtime";\nasync function step(pool, next) {\n  await withClient(pool, async (client) => {\n    next();\n  });\n}' }] }],
    },
    {
      name: "a generator: the yielded query throws into it before the release",
      code: `const run = co.wrap(function* (pool) {\n  const client = yield pool.connect();\n  yield client.query("SELECT 1");\n  client.release();\n});`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "a wrapped client: BEGIN before the try whose finally releases it",
      code: `class Session { constructor(client) { this.client = client; } execute(sql) { return this.client.query(sql); } }\nasync function tx(pool) {\n  const session = new Session(await pool.connect());\n  await session.execute("BEGIN");\n  try {\n    await session.execute("COMMIT");\n  } finally {\n    session.client.release();\n  }\n}`,
      errors: [{ messageId: "workBeforeTry", data: { pool: "pool", line: 4, tryLine: 5 }, line: 3, column: 37, suggestions: [] }],
    },
    {
      name: "a wrapped client returned after BEGIN: lost when BEGIN throws",
      code: `class Tx { constructor(client) { this.client = client; } }\nasync function begin(pool) {\n  const t = new Tx(await pool.connect());\n  await t.client.query("BEGIN");\n  return t;\n}`,
      errors: [{ messageId: "notHandedOverOnThrow", data: { pool: "pool", line: 4 }, line: 3, column: 26, suggestions: [] }],
    },
    {
      name: "a receiver narrowed by instanceof pg's Pool, never released",
      code: `import { Pool } from "pg";\nclass S {\n  async tx() {\n    const session = this.client instanceof Pool ? new Wrapper(await this.client.connect()) : this;\n    await session.run("BEGIN");\n  }\n}`,
      errors: [{ messageId: "neverReleased", data: { pool: "this.client" }, line: 4, column: 69, suggestions: [] }],
    },
  ],
});

ruleTester.run("no-use-after-release on real-code shapes", afterRelease, {
  valid: [
    {
      name: "the client handed to its own done() is no use after release",
      code: `function q(pool, cb) {\n  pool.connect((err, client, done) => {\n    if (err) {\n      done(client);\n      return cb(err);\n    }\n    client.query("SELECT 1", (e, r) => {\n      done(e || false);\n      cb(e, r);\n    });\n  });\n}`,
    },
    {
      name: "a releasing closure called twice tracks its own state",
      code: `async function f(pool) {\n  let client = null;\n  const finish = () => {\n    if (client) client.release();\n    client = null;\n  };\n  try {\n    client = await pool.connect();\n    await client.query("SELECT 1");\n    finish();\n  } finally {\n    finish();\n  }\n}`,
    },
  ],
  invalid: [],
});

ruleTester.run("no-leaked-client: flags set beside a release", rule, {
  valid: [
    {
      name: "an early return under a `released` flag set where the client is released",
      code: `function query(pool, text, cb) {\n  pool.connect((err, client) => {\n    if (err) return cb(err);\n    let released = false;\n    const onError = (e) => {\n      if (released) return;\n      released = true;\n      client.release(e);\n    };\n    client.once("error", onError);\n    client.query(text, (queryErr, res) => {\n      if (released) return;\n      released = true;\n      client.release(queryErr);\n      cb(queryErr, res);\n    });\n  });\n}`,
    },
  ],
  invalid: [
    {
      name: "a flag set nowhere near a release says nothing about the client",
      code: `function query(pool, text, cb) {\n  pool.connect((err, client) => {\n    if (err) return cb(err);\n    let cancelled = false;\n    setTimeout(() => {\n      cancelled = true;\n    }, 100);\n    client.query(text, (queryErr, res) => {\n      if (cancelled) return;\n      client.release(queryErr);\n      cb(queryErr, res);\n    });\n  });\n}`,
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pool", where: "the `return` on line 9", done: "client.release" }, line: 2, column: 3 }],
    },
  ],
});
