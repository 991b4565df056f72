// A function of the file that hands out its checkout paired with the function that gives it back (langpavel/
// node-pg-async's getClient resolving `{ client, done }` from pool.connect's callback; Teja-sudo/postgres-mcp-server's
// acquireCachedPoolClient returning `{ client, release }`): `const { client, done } = await this.getClient()` holds a
// client, and calling the destructured `done` releases it. A pair whose release function gives the client back only
// sometimes, or a function that may return something else, is not followed, and the rules stay silent on it.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A class whose getClient() resolves the pair; `method` is the body of the method using it. */
const RESOLVED = (method: string, done = "done();") =>
  `const { Pool } = require("pg");\nclass Db {\n  constructor() {\n    this.pool = new Pool();\n  }\n  getClient() {\n    return new Promise((resolve, reject) => {\n      this.pool.connect((err, client, done) => {\n        if (err) return reject(err);\n        return resolve({ client, done: () => {\n          ${done}\n        } });\n      });\n    });\n  }\n  async run(sql) {\n    const { client, done } = await this.getClient();\n${method}  }\n}\nmodule.exports = Db;\n`;
/** A function returning `{ client, release }` (`tail`: what else it may return); `body`: the function using it. */
const RETURNED = (body: string, tail = "") =>
  `import { Pool } from "pg";\nconst pool = new Pool();\nasync function acquire(cached: boolean) {\n  const client = await pool.connect();\n  const release = () => {\n    console.log("released");\n    client.release();\n  };\n${tail}  return { client, release };\n}\nexport async function run(sql: string) {\n  const { client, release } = await acquire(false);\n${body}}\n`;

ruleTester.run("no-leaked-client: a checkout paired with its release function", rule, {
  valid: [
    {
      name: "a resolved pair released in a finally",
      code: RESOLVED(`    try {\n      return await client.query(sql);\n    } finally {\n      done();\n    }\n`),
    },
    {
      name: "a resolved pair released at the end of the try and in the catch (langpavel/node-pg-async's connect)",
      code: RESOLVED(`    try {\n      const result = await client.query(sql);\n      done();\n      return result;\n    } catch (err) {\n      done(err);\n      throw err;\n    }\n`),
    },
    {
      name: "a pair whose release function releases only under a condition is not followed",
      code: RESOLVED(`    const result = await client.query(sql);\n    done();\n    return result;\n`, "if (client.ok) done();"),
    },
    {
      name: "a returned pair released in a finally",
      code: RETURNED(`  try {\n    return await client.query(sql);\n  } finally {\n    release();\n  }\n`),
    },
    {
      name: "the pair handed on to the caller",
      code: RETURNED(`  return { client, release, sql };\n`),
    },
    {
      name: "a function that may return the bare client is not followed",
      code: RETURNED(`  await client.query("SET search_path TO app");\n  try {\n    return await client.query(sql);\n  } finally {\n    release();\n  }\n`, `  if (cached) return client;\n`),
    },
  ],
  invalid: [
    {
      name: "a resolved pair released after a query that may throw",
      code: RESOLVED(`    const result = await client.query(sql);\n    done();\n    return result;\n`),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 17, column: 36, suggestions: [] }],
    },
    {
      name: "a resolved pair never released",
      code: RESOLVED(`    return (await client.query(sql)).rows;\n`),
      errors: [{ messageId: "helperEarlyExit", line: 17, column: 36, suggestions: [] }],
    },
    {
      name: "a returned pair with work before the try whose finally releases",
      code: RETURNED(`  await client.query("SET search_path TO app");\n  try {\n    return await client.query(sql);\n  } finally {\n    release();\n  }\n`),
      errors: [{ messageId: "helperWorkBeforeTry", line: 12, column: 37, suggestions: [] }],
    },
  ],
});
