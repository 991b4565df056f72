// `const cl = client ?? (await pool.connect())`: the caller's client, or a fresh checkout that this function must
// release. Tests of the caller's variable (`if (!client) cl.release()`) say whether the checkout is held.
import rule from "../../rules/no-leaked-client.js";
import afterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

const REGISTER_TAIL = `  try {\n    const result = await cl.query("INSERT INTO carpools DEFAULT VALUES RETURNING id");\n    return result.rows[0];\n  } catch (e) {\n    if (!client) {\n      await cl.query("ROLLBACK");\n    }\n    throw e;\n  } finally {\n    if (!client) {\n      cl.release();\n    }\n  }\n}`;

ruleTester.run("no-leaked-client: a fresh checkout when the caller gives no client", rule, {
  valid: [
    {
      name: "BEGIN inside the try whose finally releases the fresh checkout",
      code: `async function register(pool, client) {\n  const cl = client ?? (await pool.connect());\n  try {\n    if (!client) {\n      await cl.query("BEGIN");\n    }\n    const result = await cl.query("INSERT INTO carpools DEFAULT VALUES RETURNING id");\n    return result.rows[0];\n  } finally {\n    if (!client) {\n      cl.release();\n    }\n  }\n}`,
    },
    {
      name: "`||` and a comparison with undefined guard the release",
      code: `async function count(pool, client) {\n  const cl = client || (await pool.connect());\n  try {\n    return (await cl.query("SELECT count(*) FROM t")).rows[0];\n  } finally {\n    if (client === undefined) cl.release();\n  }\n}`,
    },
    {
      name: "a receiver known by nothing but the guarded release",
      code: `class Repo {\n  async count(client) {\n    const cl = client ?? (await this.connection.getClient().connect());\n    try {\n      return (await cl.query("SELECT 1")).rows;\n    } finally {\n      if (!client) cl.release();\n    }\n  }\n}`,
    },
  ],
  invalid: [
    {
      name: "an awaited BEGIN before the try leaks the fresh checkout",
      code: `async function register(pool, client) {\n  const cl = client ?? (await pool.connect());\n  if (!client) {\n    await cl.query("BEGIN");\n  }\n${REGISTER_TAIL}`,
      errors: [{ messageId: "workBeforeTry", data: { pool: "pool", line: 4, tryLine: 6 }, line: 2, column: 31, suggestions: [] }],
    },
    {
      name: "a fresh checkout never released",
      code: `async function count(pool, client) {\n  const cl = client ?? (await pool.connect());\n  return (await cl.query("SELECT 1")).rows;\n}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 2, column: 31, suggestions: [] }],
    },
    {
      name: "a guarded release after an unprotected query",
      code: `async function count(pool, client) {\n  const cl = client ?? (await pool.connect());\n  const result = await cl.query("SELECT 1");\n  if (!client) cl.release();\n  return result.rows;\n}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 31, suggestions: [] }],
    },
  ],
});

// The same choice written as a conditional (jojoldu/node-performance-in-action's insert: `client ? client : await
// pool.connect()`, never released).
ruleTester.run("no-leaked-client: a fresh checkout chosen by a conditional", rule, {
  valid: [
    {
      name: "`c ? c : await …` with a guarded release in finally",
      code: `async function count(pool, client) {\n  const cl = client ? client : await pool.connect();\n  try {\n    return (await cl.query("SELECT 1")).rows;\n  } finally {\n    if (!client) cl.release();\n  }\n}`,
    },
    {
      name: "`!c ? await … : c` with a guarded release in finally",
      code: `async function count(pool, client) {\n  const cl = !client ? await pool.connect() : client;\n  try {\n    return (await cl.query("SELECT 1")).rows;\n  } finally {\n    if (!client) cl.release();\n  }\n}`,
    },
  ],
  invalid: [
    {
      // Not the fallback shape (the test is not the other arm), but a checkout in one arm that nothing releases or
      // hands over: never released whichever arm ran (arm-checkouts.ts); until gaps-q this stayed silent.
      name: "a conditional between two unrelated values: the checkout arm is never released",
      code: `async function count(pool, client, other) {\n  const cl = client ? other : await pool.connect();\n  return (await cl.query("SELECT 1")).rows;\n}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 2, column: 37, suggestions: [] }],
    },
    {
      name: "`c ? c : await …` never released",
      code: `async function insert(pool, sql, client) {\n  const connection = client ? client : await pool.connect();\n  return connection.query(sql).then((result) => result.rows);\n}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 2, column: 46, suggestions: [] }],
    },
    {
      name: "`!c ? await … : c` released only after an unprotected query",
      code: `async function count(pool, client) {\n  const cl = !client ? await pool.connect() : client;\n  const result = await cl.query("SELECT 1");\n  if (!client) cl.release();\n  return result.rows;\n}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 30, suggestions: [] }],
    },
  ],
});

ruleTester.run("no-use-after-release: a fresh checkout when the caller gives no client", afterRelease, {
  valid: [
    {
      name: "the guarded release comes last",
      code: `async function register(pool, client) {\n  const cl = client ?? (await pool.connect());\n  if (!client) {\n    await cl.query("BEGIN");\n  }\n${REGISTER_TAIL}`,
    },
  ],
  invalid: [
    {
      name: "a query after the guarded release",
      code: `async function count(pool, client) {\n  const cl = client ?? (await pool.connect());\n  try {\n    await cl.query("SELECT 1");\n  } finally {\n    if (!client) cl.release();\n  }\n  await cl.query("SELECT 2");\n}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "cl", line: 6 }, line: 8, column: 9 }],
    },
  ],
});
