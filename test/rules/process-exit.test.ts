// `process.exit(…)` ends the process: a path that reaches it goes no further — no `catch` or `finally` after it runs,
// and the connection closes with the process — so a client still held there is not leaked (corpus: manasdb's test
// script, whose catch logs and exits while the release sits in the try). Only Node's global `process` counts. A
// client nothing gives back is no leak either when every path that holds it ends in `process.exit(…)`
// (kkumarcodes/Shopmost's installer hands its connection to a query builder and exits on every path).
// Each invalid case sits next to the valid twin that differs by the one thing the analysis looks at.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** no-leaked-client's neverReleased at line 4's connect(), with the withClient rewrite it suggests. */
const neverReleased = (output: string) => [
  { messageId: "neverReleased" as const, data: { pool: "pool" }, line: 4, column: 28, suggestions: [{ messageId: "rewriteWithClient" as const, output }] },
];

ruleTester.run("no-leaked-client: process.exit() ends the path", rule, {
  valid: [
    {
      name: "the catch exits the process while the client is held",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function main() {
  try {
    const client = await pool.connect();
    const res = await client.query("SELECT 1");
    client.release();
    console.log(res.rows);
  } catch (err) {
    console.error(err);
    process.exit(1);
  } finally {
    await pool.end();
  }
}`,
    },
    {
      name: "the catch exits, with no finally",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function main() {
  try {
    const client = await pool.connect();
    const res = await client.query("SELECT 1");
    client.release();
    console.log(res.rows);
  } catch (err) {
    console.error(err);
    process.exit(1);
  }
}`,
    },
    {
      name: "an early exit while the client is held",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function main() {
  const client = await pool.connect();
  if (!process.env.DATABASE_URL) process.exit(1);
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "never released, but every path ends the process",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function install() {
  const connection = await pool.connect();
  try {
    await connection.query("SELECT 1");
  } catch (e) {
    console.error(e);
    process.exit(1);
  }
  console.log("Installation completed!");
  process.exit(0);
}`,
    },
  ],
  invalid: [
    {
      name: "never released, and a path returns without ending the process",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function install() {
  const connection = await pool.connect();
  try {
    await connection.query("SELECT 1");
  } catch (e) {
    console.error(e);
    return;
  }
  console.log("Installation completed!");
  process.exit(0);
}`,
      errors: neverReleased(`import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
export async function install() {
  return await withClient(pool, async (connection) => {
    try {
      await connection.query("SELECT 1");
    } catch (e) {
      console.error(e);
      return;
    }
    console.log("Installation completed!");
    process.exit(0);
  });
}`),
    },
    {
      name: "never released, and the work that may throw sits outside any try before the exit",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function install() {
  const connection = await pool.connect();
  await connection.query("SELECT 1");
  process.exit(0);
}`,
      errors: neverReleased(`import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
export async function install() {
  await withClient(pool, async (connection) => {
    await connection.query("SELECT 1");
    process.exit(0);
  });
}`),
    },
    {
      name: "another object's exit returns: the path goes on to the finally",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function main() {
  try {
    const client = await pool.connect();
    const res = await client.query("SELECT 1");
    client.release();
    console.log(res.rows);
  } catch (err) {
    console.error(err);
    cleanup.exit(1);
  } finally {
    await pool.end();
  }
}
declare const cleanup: { exit(code: number): void };`,
      // The query's throw starts the leaking path (through the catch, whose `cleanup.exit(1)` returns, to the finally's
      // `await pool.end()`), so the message names it, not the catch's call (leak-first-throw.test.ts).
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 6 },
          line: 5,
          column: 26,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
export async function main() {
  try {
    const res = await withClient(pool, async (client) => {
      const res = await client.query("SELECT 1");
      return res;
    });
    console.log(res.rows);
  } catch (err) {
    console.error(err);
    cleanup.exit(1);
  } finally {
    await pool.end();
  }
}
declare const cleanup: { exit(code: number): void };`,
            },
          ],
        },
      ],
    },
    {
      name: "a parameter named process is not Node's: its exit may return",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function main(process: { exit(code: number): void }) {
  try {
    const client = await pool.connect();
    const res = await client.query("SELECT 1");
    client.release();
    console.log(res.rows);
  } catch (err) {
    console.error(err);
    process.exit(1);
  }
}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 6 },
          line: 5,
          column: 26,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
export async function main(process: { exit(code: number): void }) {
  try {
    const res = await withClient(pool, async (client) => {
      const res = await client.query("SELECT 1");
      return res;
    });
    console.log(res.rows);
  } catch (err) {
    console.error(err);
    process.exit(1);
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
