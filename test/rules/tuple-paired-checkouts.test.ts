// A function of the file that hands out its checkout as a tuple with the function that gives it back (devotis/bouquet's
// getClient: `return [client, release]`, then `const [pgClient, release] = await getClient()`): the caller holds a
// client, and calling the destructured release function gives it back, as with the `{ client, release }` pair
// (paired-checkouts.test.ts). Positions after a spread element are unknown, and an object pair is no tuple.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** getClient() returns `returned` (lines 3–10, with `tail` before that return); `body` is queryAsRole's after its destructuring `pattern` on line 12. */
const TUPLE = (body: string, pattern = "[pgClient, release]", returned = "[client, release]", tail = "") => `const { Pool } = require("pg");
const pool = new Pool();
const getClient = async () => {
  const client = await pool.connect();
  const release = (err) => {
    client.release(err);
    console.log("released");
  };
${tail}  return ${returned};
};
const queryAsRole = async (role, text) => {
  const ${pattern} = await getClient();
${body}};
module.exports = { getClient, queryAsRole };
`;

const ROLLBACK_FIRST = `  try {
    await pgClient.query("begin");
    const result = await pgClient.query(text);
    await pgClient.query("commit");
    release();
    return result;
  } catch (err) {
    await pgClient.query("rollback");
    release(err);
    throw err;
  }
`;

const NEVER_RELEASED = `  return (await pgClient.query(text)).rows;\n`;

ruleTester.run("no-leaked-client: a checkout in a tuple with its release function", rule, {
  valid: [
    {
      name: "released in a finally (bouquet's own query)",
      code: TUPLE(`  try {\n    return await pgClient.query(text);\n  } finally {\n    release();\n  }\n`),
    },
    {
      name: "released at the end of the try and first in the catch",
      code: TUPLE(
        `  try {\n    const result = await pgClient.query(text);\n    release();\n    return result;\n  } catch (err) {\n    release(err);\n    throw err;\n  }\n`,
      ),
    },
    {
      name: "a spread element before the client leaves its position unknown: not followed",
      code: TUPLE(NEVER_RELEASED, "[, pgClient, release]", "[...role, client, release]"),
    },
    {
      name: "an object pair is no tuple: an array destructuring of it is not followed",
      code: TUPLE(NEVER_RELEASED, "[pgClient, release]", `{ "0": client, "1": release }`),
    },
    {
      name: "a function that may return an object pair instead is no tuple function: not followed",
      code: TUPLE(NEVER_RELEASED, "[pgClient, release]", "[client, release]", `  if (process.env.PAIR) return { "0": client, "1": release };\n`),
    },
  ],
  invalid: [
    {
      name: "ROLLBACK awaited before the release in the catch (devotis/bouquet's queryAsRole)",
      code: TUPLE(ROLLBACK_FIRST),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 12, column: 37, suggestions: [] }],
    },
    {
      name: "never released",
      code: TUPLE(NEVER_RELEASED),
      errors: [{ messageId: "helperEarlyExit", line: 12, column: 37, suggestions: [] }],
    },
    {
      name: "a tuple read by an object pattern of its positions",
      code: TUPLE(NEVER_RELEASED, `{ "0": pgClient, "1": release }`),
      errors: [{ messageId: "helperEarlyExit", line: 12, column: 49, suggestions: [] }],
    },
    {
      name: "a tuple read by an object pattern of its positions written as numbers",
      code: TUPLE(NEVER_RELEASED, `{ 0: pgClient, 1: release }`),
      errors: [{ messageId: "helperEarlyExit", line: 12, column: 45, suggestions: [] }],
    },
    {
      name: "the client in the tuple through a TS non-null assertion",
      code: TUPLE(NEVER_RELEASED, "[pgClient, release]", "[client!, release]"),
      errors: [{ messageId: "helperEarlyExit", line: 12, column: 37, suggestions: [] }],
    },
    {
      name: "the client in an object pair through a TS `as`",
      code: TUPLE(NEVER_RELEASED, "{ client: pgClient, release }", "{ client: client as unknown, release }"),
      errors: [{ messageId: "helperEarlyExit", line: 12, column: 47, suggestions: [] }],
    },
  ],
});
