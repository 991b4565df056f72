// Checkouts awaited together by Promise.all (graphile-worker's pool warm-up): one rejection drops the clients already
// checked out. Reported at each connect(), naming the Promise.all; no rewrite is offered.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client: checkouts batched in Promise.all", rule, {
  valid: [
    {
      name: "Promise.allSettled hands every fulfilled client over",
      code: `async function warmUp(pool, size) {\n  const pending = [];\n  for (let i = 0; i < size; i++) pending.push(pool.connect());\n  const settled = await Promise.allSettled(pending);\n  for (const r of settled) if (r.status === "fulfilled") r.value.release();\n}`,
    },
    {
      name: "the array of checkouts is returned: whoever awaits it owns them",
      code: `function checkOutAll(pool, size) {\n  const pending = [];\n  for (let i = 0; i < size; i++) pending.push(pool.connect());\n  return pending;\n}`,
    },
    {
      name: "the array is read elsewhere too (settled one by one): not a plain batch",
      code: `async function warmUp(pool, size) {\n  const pending = [];\n  for (let i = 0; i < size; i++) pending.push(pool.connect());\n  try {\n    await Promise.all(pending);\n  } finally {\n    for (const p of pending) p.then((c) => c.release(), () => {});\n  }\n}`,
    },
    {
      name: "queries on the pool batched in Promise.all check nothing out",
      code: `async function counts(pool, tables) {\n  return Promise.all(tables.map((t) => pool.query("SELECT count(*) FROM " + t)));\n}`,
    },
    {
      name: "another library's connect() batched in Promise.all",
      code: `async function connectAll(redisClients) {\n  const pending = [];\n  for (const r of redisClients) pending.push(r.connect());\n  await Promise.all(pending);\n}`,
    },
    {
      name: "one checkout at a time, each released in a finally",
      code: `async function warmUp(pool, size) {\n  for (let i = 0; i < size; i++) {\n    const client = await pool.connect();\n    try {\n      await client.query("SELECT 1");\n    } finally {\n      client.release();\n    }\n  }\n}`,
    },
    {
      name: "each mapped callback releases its own checkout before it resolves: nothing is stranded",
      code: `async function counts(pool, tables) {\n  return Promise.all(tables.map(async (t) => {\n    const c = await pool.connect();\n    try {\n      return (await c.query("SELECT count(*) FROM " + t)).rows[0];\n    } finally {\n      c.release();\n    }\n  }));\n}`,
    },
    {
      name: "the mapped callback hands its checkout to a call, not back to Promise.all",
      code: `async function enlist(pool, ids) {\n  await Promise.all(ids.map(async (id) => register(id, await pool.connect())));\n}`,
    },
    {
      name: "the awaited checkouts are settled one by one (Promise.allSettled)",
      code: `async function warmUp(pool, ids) {\n  const settled = await Promise.allSettled(ids.map(async (id) => [id, await pool.connect()]));\n  for (const r of settled) if (r.status === "fulfilled") r.value[1].release();\n}`,
    },
    {
      name: "a mapped generator (no coroutine runner around it) resolves with nothing and checks nothing out (review-h)",
      code: `async function tagged(pool, ids) {\n  return Promise.all(ids.map(function* (id) {\n    return [id, yield pool.connect()];\n  }));\n}`,
    },
    {
      name: "the awaited checkout is a computed key, not a value the element resolves with",
      code: `async function keys(pool, ids) {\n  return Promise.all(ids.map(async () => ({ [await pool.connect()]: true })));\n}`,
    },
    {
      name: "a mapped generator (no coroutine runner around it) holding its checkout in a variable and returning it: runs nothing",
      code: `async function tagged(pool, ids) {\n  return Promise.all(ids.map(function* (id) {\n    const c = yield pool.connect();\n    return c;\n  }));\n}`,
    },
    {
      name: "the held checkout is returned by a closure the mapped callback hands on, not by the callback itself",
      code: `async function enlist(pool, ids) {\n  await Promise.all(ids.map(async (id) => {\n    const c = await pool.connect();\n    register(id, () => {\n      return c;\n    });\n  }));\n}`,
    },
    {
      name: "the held checkouts are returned to Promise.allSettled, which hands every fulfilled one over",
      code: `async function warmUp(pool, ids) {\n  const settled = await Promise.allSettled(ids.map(async (id) => {\n    const c = await pool.connect();\n    return c;\n  }));\n  for (const r of settled) if (r.status === "fulfilled") r.value.release();\n}`,
    },
    {
      name: "co: the yielded array's generators release their own checkouts before they return",
      code: `function counts(pool, ids) {\n  return co(function* () {\n    return yield ids.map(function* (id) {\n      const c = yield pool.connect();\n      try {\n        return (yield c.query("SELECT 1", [id])).rows;\n      } finally {\n        c.release();\n      }\n    });\n  });\n}`,
    },
    {
      name: "co: the mapped generators handed to Promise.all, which runs none of them, not yielded as an array",
      code: `function checkOutAll(pool, ids) {\n  return co(function* () {\n    return yield Promise.all(ids.map(function* (id) {\n      return yield pool.connect();\n    }));\n  });\n}`,
    },
    {
      name: "the array of mapped generators returned unrun: whoever runs them owns their checkouts",
      code: `function checkOutAll(pool, ids) {\n  return ids.map(function* (id) {\n    return yield pool.connect();\n  });\n}`,
    },
  ],
  invalid: [
    {
      name: "checkouts pushed to an array, then Promise.all",
      code: `async function warmUp(pgPool, size) {\n  const pending = [];\n  for (let i = 0; i < size; i++) {\n    pending.push(pgPool.connect());\n  }\n  const clients = await Promise.all(pending);\n  clients.forEach((client) => client.release());\n}`,
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pgPool", line: 6 }, line: 4, column: 18, suggestions: [] }],
    },
    {
      name: "checkouts mapped into Promise.all, and awaited inside a try/catch that cannot get them back",
      code: `async function warmUp(pool, ids) {\n  try {\n    const clients = await Promise.all(\n      ids.map(() => pool.connect()),\n    );\n    for (const c of clients) c.release();\n  } catch (err) {\n    console.error(err);\n  }\n}`,
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 3 }, line: 4, column: 21, suggestions: [] }],
    },
    {
      name: "Array.from with a function returning the checkout",
      code: `async function warmUp(pool, size) {\n  const clients = await Promise.all(Array.from({ length: size }, function () {\n    return pool.connect();\n  }));\n  clients.forEach((c) => c.release());\n}`,
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 3, column: 12, suggestions: [] }],
    },
    {
      name: "two checkouts in an array literal: each is reported",
      code: `async function pair(pool) {\n  const [a, b] = await Promise.all([pool.connect(), pool.connect()]);\n  try {\n    await a.query("SELECT 1");\n  } finally {\n    a.release();\n    b.release();\n  }\n}`,
      errors: [
        { messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 2, column: 37, suggestions: [] },
        { messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 2, column: 53, suggestions: [] },
      ],
    },
    {
      name: "laminar's pgMiddleware: each mapped async callback awaits its checkout and resolves with it wrapped",
      code: `async function withDbs(config, next) {\n  const ctx = (\n    await Promise.all(\n      Object.entries(config).map(async ([key, pool]) => [key, new PgClient(await pool.connect(), pool.config)]),\n    )\n  ).reduce((all, [key, db]) => ({ ...all, [key]: db }), {});\n  try {\n    return await next(ctx);\n  } finally {\n    Object.values(ctx).map((db) => db.client.release());\n  }\n}`,
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 3 }, line: 4, column: 82, suggestions: [] }],
    },
    {
      name: "an async arrow resolving with the awaited checkout itself",
      code: `async function warmUp(pool, ids) {\n  const clients = await Promise.all(ids.map(async () => await pool.connect()));\n  clients.forEach((c) => c.release());\n}`,
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 2, column: 63, suggestions: [] }],
    },
    {
      name: "an async function returning an object holding the awaited checkout",
      code: `async function open(pool, names) {\n  return Promise.all(names.map(async function (name) {\n    return { name, client: await pool.connect() };\n  }));\n}`,
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 3, column: 34, suggestions: [] }],
    },
    {
      name: "an object property holding the awaited checkout through TS wrappers (review-g)",
      code: `async function open(pool: Pool, names: string[]) {\n  return Promise.all(names.map(async (name) => ({ name, client: (await pool.connect()) as PoolClient, other: (await pool.connect())! })));\n}`,
      errors: [
        { messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 2, column: 72, suggestions: [] },
        { messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 2, column: 117, suggestions: [] },
      ],
    },
    {
      name: "a multi-statement mapped callback holding its checkout in a variable, then returning it",
      code: `async function warmUp(pool, ids) {\n  const clients = await Promise.all(ids.map(async (id) => {\n    const c = await pool.connect();\n    return c;\n  }));\n  clients.forEach((c) => c.release());\n}`,
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 3, column: 21, suggestions: [] }],
    },
    {
      name: "the held checkout returned in an object on one path, released on the other",
      code: `async function open(pool, ids) {\n  return Promise.all(ids.map(async function (id) {\n    const c = await pool.connect();\n    if (id > 0) return { id, client: c };\n    c.release();\n    return null;\n  }));\n}`,
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 3, column: 21, suggestions: [] }],
    },
    {
      name: "Array.from with an async function returning the held checkout",
      code: `async function warmUp(pool, ids) {\n  return Promise.all(Array.from(ids, async (id) => {\n    const c = await pool.connect();\n    return [id, c];\n  }));\n}`,
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 3, column: 21, suggestions: [] }],
    },
    {
      name: "flatMap keeps a promise as one element (no array to flatten): the same batch",
      code: `async function warmUp(pool, ids) {\n  return Promise.all(ids.flatMap(async (id) => [id, await pool.connect()]));\n}`,
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 2 }, line: 2, column: 59, suggestions: [] }],
    },
    {
      name: "co: a yielded array of mapped generators each returning its yielded checkout is a Promise.all batch",
      code: `function checkOutAll(pool, ids) {\n  return co(function* () {\n    const clients = yield ids.map(function* (id) {\n      return yield pool.connect();\n    });\n    return clients;\n  });\n}`,
      errors: [{ messageId: "yieldedBatchRejectionLeaks", data: { pool: "pool", line: 3 }, line: 4, column: 20, suggestions: [] }],
    },
    {
      name: "co: a mapped generator holding its yielded checkout in a variable, then returning it",
      code: `function warmUp(pool, ids) {\n  return co(function* () {\n    const clients = yield ids.map(function* (id) {\n      const c = yield pool.connect();\n      return c;\n    });\n    clients.forEach((c) => c.release());\n  });\n}`,
      errors: [{ messageId: "yieldedBatchRejectionLeaks", data: { pool: "pool", line: 3 }, line: 4, column: 23, suggestions: [] }],
    },
  ],
});
