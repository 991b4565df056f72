// An `async` node-style connect callback (`pool.connect(async (err, client, release) => { … })`): its awaits are throw
// points — a failed query rejects the awaited promise, the async callback's routine error channel — while an ordinary
// call there is not counted, as in a synchronous callback (async-callbacks.ts). Corpus: JunW4ng/Prueba-Banco-Solar's
// transferencia and krostyle/mi-banco-postgres-node's queryTransaction, which await ROLLBACK in the catch and release
// after the try/catch. Each invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import afterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

const pool = 'const { Pool } = require("pg");\nconst pool = new Pool();\n';

ruleTester.run("no-leaked-client: awaits in an async connect callback", rule, {
  valid: [
    {
      name: "an ordinary call before the release is not counted, as in a synchronous callback",
      code: `${pool}pool.connect(async (err, client, release) => {\n  if (err) return console.error(err);\n  audit(describe(client));\n  release();\n});`,
    },
    {
      name: "the release in a finally covers the awaits",
      code: `${pool}pool.connect(async (err, client, release) => {\n  if (err) return console.error(err);\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    release();\n  }\n});`,
    },
    {
      name: "an await after the release",
      code: `${pool}pool.connect(async (err, client, release) => {\n  if (err) return console.error(err);\n  release();\n  await notify();\n});`,
    },
    {
      name: "a synchronous callback's ROLLBACK in the catch is a callback-style query, not an await",
      code: `${pool}pool.connect((err, client, release) => {\n  if (err) return console.error(err);\n  client.query("BEGIN", (err) => {\n    if (err) return client.query("ROLLBACK", () => release());\n    release();\n  });\n});`,
    },
    {
      name: "an async query callback (a continuation, not the checkout's owner) is not read this way",
      code: `${pool}pool.connect((err, client, release) => {\n  if (err) return console.error(err);\n  client.query("SELECT 1", async (err, res) => {\n    if (err) return release();\n    await notify(res.rows);\n    release();\n  });\n});`,
    },
    {
      name: "a plain for…of loop before the release awaits nothing (review-c)",
      code: `${pool}const source = [];\nconst rows = [];\npool.connect(async (err, client, release) => {\n  if (err) return console.error(err);\n  for (const row of source) rows.push(row);\n  release();\n});`,
    },
  ],
  invalid: [
    {
      name: "a for await loop before the release: a rejected step skips it, like an await (review-c)",
      code: `${pool}const source = [];\nconst rows = [];\npool.connect(async (err, client, release) => {\n  if (err) return console.error(err);\n  for await (const row of source) rows.push(row);\n  release();\n});`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 7 }, line: 5, column: 1, suggestions: [] }],
    },
    {
      name: "a for await loop whose left is a plain variable",
      code: `${pool}const source = [];\nlet last;\npool.connect(async (err, client, release) => {\n  if (err) return console.error(err);\n  for await (last of source) console.log(last);\n  release();\n});`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 7 }, line: 5, column: 1, suggestions: [] }],
    },
    {
      name: "an awaited query before the release: its rejection skips it",
      code: `${pool}pool.connect(async (err, client, release) => {\n  if (err) return console.error(err);\n  const res = await client.query("SELECT 1");\n  release();\n  console.log(res.rows);\n});`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 1, suggestions: [] }],
    },
    {
      name: "the catch awaits ROLLBACK before the release after the try/catch",
      code: `${pool}pool.connect(async (err, client, release) => {\n  if (err) return console.log(err.code);\n  try {\n    await client.query("BEGIN");\n    await client.query("COMMIT");\n  } catch (e) {\n    await client.query("ROLLBACK");\n  }\n  release();\n});`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 9 }, line: 3, column: 1, suggestions: [] }],
    },
  ],
});

ruleTester.run("no-use-after-release: awaits in an async connect callback", afterRelease, {
  valid: [
    {
      name: "a synchronous callback: a call after the release in the try is not counted as throwing into the catch",
      code: `${pool}pool.connect((err, client, release) => {\n  if (err) return console.error(err);\n  try {\n    release();\n    notify();\n  } catch (e) {\n    client.release(e);\n  }\n});`,
    },
  ],
  invalid: [
    {
      name: "an await after the release in the try throws into a catch that releases again",
      code: `${pool}pool.connect(async (err, client, release) => {\n  if (err) return console.error(err);\n  try {\n    await client.query("SELECT 1");\n    client.release();\n    await notify();\n  } catch (e) {\n    client.release(e);\n  }\n});`,
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 7 }, line: 10, column: 5 }],
    },
  ],
});
