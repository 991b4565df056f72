// What a `catch` clause does before it releases: only a throw the code certainly makes there (a `throw` statement, a
// call, which may throw) skips the release; a property read of the caught error (`log.error(e.detail.code)`) is no
// throw point, though it may fail on an error without that member — reading every property read as a throw would
// report nearly every catch that logs. These pin the readings the brief asked about (gaps-z, 2026-12-07).
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client: throws in a catch clause before its release", rule, {
  valid: [
    {
      name: "a property read of the error, logged, before the catch's release and rethrow: no throw point",
      code: `async function load(pool, log) {\n  const client = await pool.connect();\n  try {\n    const { rows } = await client.query("SELECT 1");\n    client.release();\n    return rows;\n  } catch (e) {\n    log.error(e.detail.code);\n    client.release();\n    throw e;\n  }\n}`,
    },
    {
      name: "a throw statement after the catch's release",
      code: `async function load(pool) {\n  const client = await pool.connect();\n  try {\n    const { rows } = await client.query("SELECT 1");\n    client.release();\n    return rows;\n  } catch (e) {\n    client.release();\n    if (e.code === "57014") throw new Error("timed out");\n    throw e;\n  }\n}`,
    },
  ],
  invalid: [
    {
      name: "a throw statement before the catch's release: the failed query's path leaves holding the client",
      code: `async function load(pool) {\n  const client = await pool.connect();\n  try {\n    const { rows } = await client.query("SELECT 1");\n    client.release();\n    return rows;\n  } catch (e) {\n    if (e.code === "57014") throw new Error("timed out");\n    client.release();\n    throw e;\n  }\n}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 4 }, line: 2, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `import { withClient } from "poolguard/runtime";\nasync function load(pool) {\n  return await withClient(pool, async (client) => {\n    try {\n      const { rows } = await client.query("SELECT 1");\n      return rows;\n    } catch (e) {\n      if (e.code === "57014") throw new Error("timed out");\n      throw e;\n    }\n  });\n}` }] }],
    },
    {
      name: "a call before the catch's release (not logging): it may throw",
      code: `async function load(pool, metrics) {\n  const client = await pool.connect();\n  try {\n    const { rows } = await client.query("SELECT 1");\n    client.release();\n    return rows;\n  } catch (e) {\n    metrics.count(e.detail.code);\n    client.release();\n    throw e;\n  }\n}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 8 }, line: 2, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `import { withClient } from "poolguard/runtime";\nasync function load(pool, metrics) {\n  return await withClient(pool, async (client) => {\n    try {\n      const { rows } = await client.query("SELECT 1");\n      return rows;\n    } catch (e) {\n      metrics.count(e.detail.code);\n      throw e;\n    }\n  });\n}` }] }],
    },
  ],
});
