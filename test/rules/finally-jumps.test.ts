// A `break` or `continue` runs the `finally` it leaves, though ESLint's code paths send it straight to its target
// (src/analysis/lifetime/finally-jumps.ts). A `catch` that releases the client and then jumps out of the iteration
// leaves through a `finally` that releases it again: pg throws "Release called on client which has already been
// released", in place of the retry (NazimRaianKhan/DRMC-Smart-Club-Operation's withTransaction, whose release and
// `continue` sit under an `if`). The invalid cases were silent before the jump counted as running the `finally`; each
// valid case is the twin of a condition of that reading (the client released on the path, the `finally` sure to reach
// its release, the jump leaving the `finally` rather than starting inside it).
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

const loop = (handler: string, finalizer: string, jump = "continue") => `import { Pool } from "pg";
const pool = new Pool();
export async function withRetry(work) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const client = await pool.connect();
    let released = false;
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      if (error.code === "40001") {${handler}
        ${jump};
      }
      throw error;
    } finally {${finalizer}
    }
  }
}`;

ruleTester.run("no-use-after-release: a break or continue through a releasing finally", rule, {
  valid: [
    {
      name: "the catch only continues: the finally's release is the first",
      code: loop("", "\n      client.release();"),
    },
    {
      name: "the catch releases and sets a flag the finally tests: the finally does not start with the release",
      code: loop("\n        client.release();\n        released = true;", "\n      if (!released) client.release();"),
    },
    {
      name: "a break inside the finally, after its release: the jump starts in the finally",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function drain(jobs) {
  for (const job of jobs) {
    const client = await pool.connect();
    const started = Date.now();
    try {
      await client.query("SELECT $1", [job]);
    } finally {
      client.release();
      if (job.last || Date.now() - started > 1000) break;
    }
  }
}`,
    },
  ],
  invalid: [
    {
      name: "release and continue under an if in the catch: the finally releases again",
      code: loop("\n        client.release();", "\n      client.release();"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 15 }, line: 20, column: 7 }],
    },
    {
      name: "release and break under an if in the catch: the finally releases again",
      code: loop("\n        client.release();", "\n      client.release();", "break"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 15 }, line: 20, column: 7 }],
    },
    {
      name: "an awaited release in the finally, a labelled continue",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function sweep(groups) {
  outer: for (const group of groups) {
    for (const item of group) {
      const client = await pool.connect();
      try {
        await client.query("SELECT $1", [item]);
      } catch (error) {
        if (error.code === "57014") {
          client.release();
          continue outer;
        }
        throw error;
      } finally {
        await client.release();
      }
    }
  }
}`,
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 11 }, line: 16, column: 15 }],
    },
  ],
});
