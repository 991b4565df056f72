// `const client = await wrapper(() => pool.connect())` (malloydata/malloy's `withTlsHint`, retry helpers) and
// `await pTimeout(pool.connect(), ms)` (the promise itself handed to the wrapper): the client the awaited wrapper gives
// back is held by the function around it — when the code releases it like a pool client.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const HINT = `async function withTlsHint(op) {\n  try {\n    return await op();\n  } catch (e) {\n    throw new Error(\`\${e} (check TLS)\`);\n  }\n}\n`;

ruleTester.run("no-leaked-client: a checkout made in a thunk handed to a wrapper", rule, {
  valid: [
    {
      name: "released in a finally",
      code: `${HINT}async function run(pool, sql) {\n  const client = await withTlsHint(() => pool.connect());\n  try {\n    return await client.query(sql);\n  } finally {\n    client.release();\n  }\n}`,
    },
    {
      name: "an async thunk that awaits the checkout, released in a finally",
      code: `async function run(pool, retry, sql) {\n  const client = await retry(async () => await pool.connect(), 3);\n  try {\n    return await client.query(sql);\n  } finally {\n    client.release();\n  }\n}`,
    },
    {
      name: "the wrapper's result is never released as a client: whoever gets it owns it, nothing is said",
      code: `async function run(pool, sql) {\n  const session = await withSession(() => pool.connect());\n  await session.query(sql);\n}`,
    },
    {
      name: "the wrapper's result is handed over",
      code: `async function acquire(pool) {\n  const client = await withTlsHint(() => pool.connect());\n  return client;\n}`,
    },
    {
      name: "a thunk that is not awaited stays a hand-over to whoever awaits it",
      code: `function acquire(pool) {\n  const pending = withTlsHint(() => pool.connect());\n  return pending;\n}`,
    },
    {
      name: "the promise handed to an awaited wrapper, released in a finally",
      code: `async function run(pool, pTimeout, sql) {\n  const client = await pTimeout(pool.connect(), 5000);\n  try {\n    return await client.query(sql);\n  } finally {\n    client.release();\n  }\n}`,
    },
    {
      name: "the promise handed to a wrapper in a co generator, released at once",
      code: `const run = co.wrap(function* (pool) {\n  const client = yield checkType(pool.connect());\n  client.release();\n});`,
    },
    {
      name: "a pg Client connected through the wrapper is no pool checkout",
      code: `import { Client } from "pg";\nasync function run(sql) {\n  const client = new Client();\n  await withTlsHint(() => client.connect());\n  const result = await client.query(sql);\n  await client.end();\n  return result;\n}`,
    },
  ],
  invalid: [
    {
      name: "released after a query that may throw",
      code: `${HINT}async function run(pool, sql) {\n  const client = await withTlsHint(() => pool.connect());\n  const result = await client.query(sql);\n  client.release();\n  return result;\n}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 10 },
          line: 9,
          column: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: "an async generator that releases only after its `for await` (malloy's runSQLStream)",
      code: `async function* rows(pool, query) {\n  const client = await withTlsHint(() => pool.connect());\n  for await (const row of client.query(query)) {\n    yield row;\n  }\n  client.release();\n}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          // the `for await` on line 3 is the first step that may throw (its query's stream errors), before the yield
          data: { pool: "pool", line: 3 },
          line: 2,
          column: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: "an async thunk, released after a query that may throw",
      code: `async function run(pool, retry, sql) {\n  const client = await retry(async () => await pool.connect(), 3);\n  await client.query(sql);\n  client.release();\n}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 3 },
          line: 2,
          column: 48,
          suggestions: [],
        },
      ],
    },
    {
      name: "the promise handed to an awaited wrapper, released after a query that may throw",
      code: `async function run(pool, pTimeout, sql) {\n  const client = await pTimeout(pool.connect(), 5000);\n  await client.query(sql);\n  client.release();\n}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 33, suggestions: [] }],
    },
    {
      name: "the promise handed to a wrapper in a co generator, released after a query that may throw",
      code: `const run = co.wrap(function* (pool) {\n  const client = yield checkType(pool.connect());\n  yield client.query("SELECT 1");\n  client.release();\n});`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 34, suggestions: [] }],
    },
  ],
});
