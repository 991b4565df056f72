// A client handed down a promise chain (`.then(() => client).then((client) => …)`, node-postgres's own promise API
// test): the next handler's parameter is the same client, so its release counts, and a rejection before it skips it.
// Also when the next handler follows the owner's own `.then`, the checkout callback returning the chain that ends
// with the client (SAEON/data-portal's PostGIS query helper).
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client: clients handed down promise chains", rule, {
  valid: [
    {
      name: "handed down, released by the last handler, and by a catch on rejection",
      code: `function run(pool) {\n  return pool.connect().then((client) => {\n    return client\n      .query("SELECT 1")\n      .then(() => client)\n      .then((client) => {\n        client.release();\n      })\n      .catch((err) => {\n        client.release(err);\n      });\n  });\n}`,
    },
    {
      name: "returned at the end of the chain to the caller, released on rejection",
      code: `function begin(pool) {\n  return pool.connect().then((client) => {\n    return client.query("BEGIN").then(() => client, (err) => {\n      client.release(err);\n      throw err;\n    });\n  });\n}`,
    },
    {
      name: "handed down inside a try whose finally releases the outer name",
      code: `async function run(pool) {\n  const client = await pool.connect();\n  try {\n    await client\n      .query("SELECT 1")\n      .then(() => client)\n      .then((c) => c.query("SELECT 2"));\n  } finally {\n    client.release();\n  }\n}`,
    },
    {
      name: "handed down and handed over by the last handler's return",
      code: `function checkout(pool) {\n  return pool.connect().then((client) =>\n    client\n      .query("SET search_path = app")\n      .then(() => client)\n      .then((c) => c, (err) => {\n        client.release(err);\n        throw err;\n      }),\n  );\n}`,
    },
    {
      name: "handed down past the checkout callback and released there, released by a rejection handler before it",
      code: `function run(pool, text) {\n  return pool\n    .connect()\n    .then((client) => client.query(text).then(() => client, (err) => {\n      client.release(err);\n      throw err;\n    }))\n    .then((c) => c.release());\n}`,
    },
    {
      name: "handed down past the checkout callback and returned to the caller there",
      code: `function checkout(pool) {\n  return pool\n    .connect()\n    .then((client) => client.query("SET search_path = app").then(() => client))\n    .then((c) => c);\n}`,
    },
    {
      name: "returned by the checkout callback itself and released by the next handler: nothing rejects between",
      code: `function touch(pool) {\n  return pool\n    .connect()\n    .then((client) => client)\n    .then((c) => c.release());\n}`,
    },
  ],
  invalid: [
    {
      name: "handed down under the same name and released in the innermost handler, with no rejection handler",
      code: `function run(pool, cb) {\n  pool.connect().then((client) => {\n    client\n      .query("SELECT $1::text AS name", ["foo"])\n      .then(() => client)\n      .then(function (client) {\n        client.query("SELECT 1").then(() => {\n          client.release();\n          cb();\n        });\n      });\n  });\n}`,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 7 }, line: 2, column: 3, suggestions: [] }],
    },
    {
      name: "handed down and released by the last handler only",
      code: `function run(pool) {\n  return pool.connect().then((client) =>\n    client\n      .query("SELECT 1")\n      .then(() => client)\n      .then((c) => {\n        c.release();\n      }),\n  );\n}`,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 3 }, line: 2, column: 10, suggestions: [] }],
    },
    {
      name: "an awaited chain handing the client down, released after it outside any finally",
      code: `async function run(pool) {\n  const client = await pool.connect();\n  await client\n    .query("SELECT 1")\n    .then(() => client)\n    .then((c) => c.query("SELECT 2"));\n  client.release();\n}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "handed down past the checkout callback to a release step that a rejected query skips, the catch only rejecting",
      code: `export default ({ text, values }) =>\n  new Promise((resolve, reject) =>\n    pool\n      .connect()\n      .then((client) =>\n        client\n          .query({ text, values })\n          .then((res) => resolve(res))\n          .then(() => client),\n      )\n      .then((client) => client.release())\n      .catch((err) => reject(err)),\n  );`,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 6 }, line: 3, column: 5, suggestions: [] }],
    },
    {
      name: "handed down past a function handler's returned chain to a release in the next function handler",
      code: `function run(pool, text) {\n  return pool.connect().then(function (client) {\n    return client.query(text).then(function () {\n      return client;\n    });\n  }).then(function (c) {\n    c.release();\n  });\n}`,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 3 }, line: 2, column: 10, suggestions: [] }],
    },
  ],
});
