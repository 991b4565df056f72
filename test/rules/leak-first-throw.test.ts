// no-leaked-client names the call whose throw starts the leaking path. A `finally` is one code-path segment for the
// paths that finished their `try`/`catch` and for those a throw brought there; when a `catch` that does not release
// the client may itself throw (a log line that formats the error), two throws of the same path reach that segment,
// and the message named the later one. From at-large round twenty: openpath's schedule ticker (the catch's
// `logger.warn(…, { error: getErrorMessage(error) })` named instead of the advisory-lock query) and the corpus case
// joanne-000-findhome-listing-get-one-property-before-9342da5 (the inner catch's ROLLBACK named instead of BEGIN).
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client: the first throw of a leaking path", rule, {
  valid: [],
  invalid: [
    {
      name: "a leader's lock query, a catch that logs a formatted error and releases only the stored client, a finally",
      code: `import { Pool } from "pg";
const pool = new Pool();
let client = null;
export async function start() {
  try {
    const c = await pool.connect();
    const lock = await c.query("SELECT pg_try_advisory_lock(1) AS acquired");
    if (!lock.rows[0].acquired) {
      c.release();
      return;
    }
    client = c;
  } catch (error) {
    console.warn("start failed", describe(error));
    client?.release();
    client = null;
  } finally {
    starting = null;
  }
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 7 }, line: 6, column: 21, suggestions: [] }],
    },
    {
      name: "an inner catch that awaits ROLLBACK and rethrows to an outer catch that answers 500",
      code: `async function getOne(pool, req, res) {
  const client = await pool.connect();
  try {
    try {
      await client.query("BEGIN");
      const result = await client.query("SELECT 1");
      res.json(result.rows);
      await client.query("COMMIT");
      client.release();
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  } catch (err) {
    res.status(500).json({ err: err.message });
  }
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "the catch's own call is named when it is the only throw that skips the catch's release",
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch (error) {
    report(describe(error));
    client.release();
    throw error;
  } finally {
    done = true;
  }
  client.release();
}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 6 },
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { withClient } from "poolguard/runtime";
async function load(pool) {
  await withClient(pool, async (client) => {
    try {
      await client.query("SELECT 1");
    } catch (error) {
      report(describe(error));
      throw error;
    } finally {
      done = true;
    }
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
