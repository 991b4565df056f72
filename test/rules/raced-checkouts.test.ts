// A checkout raced against a timeout (thiago4go/rag-memory-mcp-postgresql's health check): when the other promise
// settles first, the checkout still completes later and the client it yields belongs to nobody. Reported at the
// connect(), naming the Promise.race; no rewrite is offered. The checkout's promise kept in a `const` whose only read is
// the raced array is the same (Athlinked-app/Athlinked-Web's getClientWithRetry); read anywhere else, it is not.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client: a checkout raced by Promise.race", rule, {
  valid: [
    {
      name: "the checkout awaited on its own, under the pool's own connectionTimeoutMillis",
      code: `async function healthCheck(pool) {\n  let client = null;\n  try {\n    client = await pool.connect();\n    await client.query("SELECT 1");\n    return true;\n  } catch {\n    return false;\n  } finally {\n    if (client) client.release();\n  }\n}`,
    },
    {
      name: "the checkout's promise is kept in a variable, so the loser can still be released when it settles",
      code: `async function healthCheck(pool, ms) {\n  const pending = pool.connect();\n  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms));\n  try {\n    const client = await Promise.race([pending, timeout]);\n    client.release();\n    return true;\n  } catch {\n    pending.then((c) => c.release(), () => {});\n    return false;\n  }\n}`,
    },
    {
      name: "the kept promise is also chained, so its client can be released when it settles: not reported",
      code: `async function acquire(pool, ms) {\n  const pending = pool.connect();\n  pending.catch(() => {});\n  return await Promise.race([pending, rejectAfter(ms)]);\n}`,
    },
    {
      name: "a kept promise that is assigned again is not followed",
      code: `async function acquire(pool, ms) {\n  let pending = pool.connect();\n  if (ms === 0) pending = pool.connect();\n  return await Promise.race([pending, rejectAfter(ms)]);\n}`,
    },
    {
      name: "an exported promise may be settled by another module: not reported",
      code: `export const pending = pool.connect();\nexport const first = Promise.race([pending, rejectAfter(1000)]);`,
    },
    {
      name: "the kept promise raced against nothing else",
      code: `async function acquire(pool) {\n  const pending = pool.connect();\n  const client = await Promise.race([pending]);\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n}`,
    },
    {
      name: "Promise.race over the checkout alone: nothing can win before it",
      code: `async function check(pool) {\n  const client = await Promise.race([pool.connect()]);\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n}`,
    },
    {
      name: "another library's connect() raced against a timeout",
      code: `async function ping(redis, ms) {\n  await Promise.race([redis.connect(), new Promise((_, reject) => setTimeout(reject, ms))]);\n}`,
    },
    {
      name: "a query on the pool raced against a timeout checks nothing out",
      code: `async function ping(pool, ms) {\n  await Promise.race([pool.query("SELECT 1"), new Promise((_, reject) => setTimeout(reject, ms))]);\n}`,
    },
  ],
  invalid: [
    {
      name: "connect raced against a rejecting timeout, the winner released in a finally",
      code: `async function healthCheck(pool, ms) {\n  let client = null;\n  try {\n    client = await Promise.race([\n      pool.connect(),\n      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms)),\n    ]);\n    await client.query("SELECT 1");\n    return true;\n  } catch {\n    return false;\n  } finally {\n    if (client) client.release();\n  }\n}`,
      errors: [{ messageId: "raceLosesCheckout", data: { pool: "pool", line: 4 }, line: 5, column: 7, suggestions: [] }],
    },
    {
      name: "the checkout's promise kept in a const read only by the race, the winner returned (getClientWithRetry)",
      code: `async function getClientWithRetry(pool, timeoutMs, retries) {\n  for (let i = 0; i <= retries; i++) {\n    try {\n      const timeoutPromise = new Promise((_, reject) => {\n        setTimeout(() => reject(new Error("Connection timeout")), timeoutMs);\n      });\n      const clientPromise = pool.connect();\n      const client = await Promise.race([clientPromise, timeoutPromise]);\n      return client;\n    } catch (error) {\n      if (i < retries) continue;\n      throw error;\n    }\n  }\n}`,
      errors: [{ messageId: "raceLosesCheckout", data: { pool: "pool", line: 8 }, line: 7, column: 29, suggestions: [] }],
    },
    {
      name: "the other racer named by a helper, the result declared at once",
      code: `async function acquire(pgPool, ms) {\n  const client = await Promise.race([pgPool.connect(), rejectAfter(ms)]);\n  try {\n    return await client.query("SELECT now()");\n  } finally {\n    client.release();\n  }\n}`,
      errors: [{ messageId: "raceLosesCheckout", data: { pool: "pgPool", line: 2 }, line: 2, column: 38, suggestions: [] }],
    },
  ],
});
