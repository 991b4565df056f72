// A pool reached through a lazy accessor named `pool`, awaited or not: `(await db.pool()).connect()` (an agent
// platform's stores open their shared pool on first use, yc-software/qm), `pool().connect()` (an ORM driver's module
// pool, material-atomic/ecosy-orm), and `(await getPool()).connect()`. The accessor's name is the evidence, as
// `db.pool` and `db.getPool()` are; a factory named like a pool (`makePool()`) still says nothing, and an `await`
// around the receiver is looked through. Each invalid case sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import transactionRule from "../../rules/no-transaction-on-pool.js";
import { ruleTester } from "../support/rule-tester.js";

/** A store method that checks a client out of `receiver` (line 3) and never releases it. */
const neverReleasedFrom = (receiver: string) => `export function createGrants(db) {
  async function list(owner) {
    const client = await ${receiver}.connect();
    const result = await client.query("SELECT * FROM grants WHERE owner = $1", [owner]);
    return result.rows;
  }
  return { list };
}`;

/** The same method with the release in a finally. */
const releasedFrom = (receiver: string) => `export function createGrants(db) {
  async function list(owner) {
    const client = await ${receiver}.connect();
    try {
      const result = await client.query("SELECT * FROM grants WHERE owner = $1", [owner]);
      return result.rows;
    } finally {
      client.release();
    }
  }
  return { list };
}`;

/** The suggestion's output: the body moved into `withClient(<pool>, …)`, the import added first. */
const rewrittenFrom = (pool: string) => `import { withClient } from "poolguard/runtime";
export function createGrants(db) {
  async function list(owner) {
    return await withClient(${pool}, async (client) => {
      const result = await client.query("SELECT * FROM grants WHERE owner = $1", [owner]);
      return result.rows;
    });
  }
  return { list };
}`;

const neverReleased = (receiver: string, pool: string) => [
  {
    messageId: "neverReleased" as const,
    line: 3,
    column: 26,
    data: { pool: receiver },
    suggestions: [{ messageId: "rewriteWithClient" as const, output: rewrittenFrom(pool) }],
  },
];

ruleTester.run("no-leaked-client: a pool from an accessor named pool, awaited or not", rule, {
  valid: [
    { name: "(await db.pool()) released in a finally", code: releasedFrom("(await db.pool())") },
    { name: "an awaited factory named like a pool says nothing", code: neverReleasedFrom("(await db.makePool())") },
    { name: "an awaited accessor of something else says nothing", code: neverReleasedFrom("(await db.connection())") },
    { name: "db.pool() released in a finally", code: releasedFrom("db.pool()") },
  ],
  invalid: [
    {
      name: "(await db.pool()) never released",
      code: neverReleasedFrom("(await db.pool())"),
      errors: neverReleased("(await db.pool())", "await db.pool()"),
    },
    {
      name: "(await db.getPool()) never released",
      code: neverReleasedFrom("(await db.getPool())"),
      errors: neverReleased("(await db.getPool())", "await db.getPool()"),
    },
    {
      name: "db.pool() never released",
      code: neverReleasedFrom("db.pool()"),
      errors: neverReleased("db.pool()", "db.pool()"),
    },
  ],
});

ruleTester.run("no-transaction-on-pool: BEGIN through an awaited accessor named pool", transactionRule, {
  valid: [
    {
      name: "BEGIN on a client checked out of (await db.pool())",
      code: `export async function put(db) {\n  const client = await (await db.pool()).connect();\n  try {\n    await client.query("BEGIN");\n    await client.query("COMMIT");\n  } finally {\n    client.release();\n  }\n}`,
    },
    { name: "BEGIN through an awaited factory named like a pool", code: `export async function put(db) {\n  await (await db.makePool()).query("BEGIN");\n}` },
  ],
  invalid: [
    {
      name: "BEGIN through (await db.pool())",
      code: `export async function put(db) {\n  await (await db.pool()).query("BEGIN");\n}`,
      errors: [{ messageId: "transactionOnPool", line: 2, column: 9, data: { command: "BEGIN", pool: "(await db.pool())" } }],
    },
  ],
});
