// prefer-with-client on the `let` form: `let c; try { c = await P.connect(); … } finally { c?.release(); }` (or
// `if (c) c.release()`), fixed like the `const` form. A `catch` that does not use the client stays around the call,
// where it still catches a failed checkout; one that uses it would run after withClient released it: no fix.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import rule from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];
const fixed = (code: string, output: string, helper = "withClient") => {
  outputs.push(output);
  return { code, output, errors: [{ messageId: "preferWithClient" as const, data: { client: "client", pool: "pool", helper }, line: 2, column: 3 }] };
};
const notFixed = (code: string, reason: string) => ({
  code,
  errors: [
    { messageId: "preferWithClientNoFix" as const, data: { client: "client", pool: "pool", helper: "withClient", reason }, line: 2, column: 3 },
  ],
});

ruleTester.run("prefer-with-client (let form)", rule, {
  valid: [
    // Checked out after other work in the try: not the pattern (the work would move out of the hold).
    `async function load(pool, log) {
  let client;
  try {
    log("start");
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    client?.release();
  }
}`,
    // Nothing releases it in the finally: not the pattern.
    `async function load(pool) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    console.log("done");
  }
}`,
  ],
  invalid: [
    fixed(
      `async function load(pool) {
  let client: PoolClient | undefined;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    client?.release();
  }
}`,
      `${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
    ),
    fixed(
      `async function load(pool, log) {
  let client;
  try {
    client = await pool.connect();
    const { rows } = await client.query("SELECT 1");
    return rows;
  } catch (error) {
    log(error);
    throw error;
  } finally {
    if (client) client.release();
  }
}`,
      `${IMPORT}async function load(pool, log) {
  try {
    return await withClient(pool, async (client) => {
      const { rows } = await client.query("SELECT 1");
      return rows;
    });
  } catch (error) {
    log(error);
    throw error;
  }
}`,
    ),
    fixed(
      `async function save(pool, row) {
  let client = null;
  try {
    client = await pool.connect();
    await client.query("BEGIN");
    await client.query("INSERT INTO t VALUES ($1)", [row]);
    await client.query("COMMIT");
  } catch (error) {
    await client?.query("ROLLBACK");
    throw error;
  } finally {
    if (client) {
      client.release();
    }
  }
}`,
      `import { withTransaction } from "poolguard/runtime";
async function save(pool, row) {
  await withTransaction(pool, async (client) => {
    await client.query("INSERT INTO t VALUES ($1)", [row]);
  });
}`,
      "withTransaction",
    ),
    fixed(
      `async function load(pool) {
  let client
  try {
    client = await pool.connect()
    await client.query("SELECT 1")
  } finally {
    client && client.release()
  }
  console.log("after")
}`,
      `import { withClient } from "poolguard/runtime"
async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1")
  })
  console.log("after")
}`,
    ),
    notFixed(
      `async function load(pool) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } catch (error) {
    await client?.query("ROLLBACK");
  } finally {
    client?.release();
  }
}`,
      "the `catch` block uses the client, which withClient has released by then",
    ),
    // The body releases the client itself, the `finally` again: withClient would too (round twenty-one).
    notFixed(
      `async function load(pool, id) {
  let client;
  try {
    client = await pool.connect();
    const { rows } = await client.query("SELECT 1 FROM t WHERE id = $1", [id]);
    if (rows.length === 0) {
      client.release();
      return;
    }
    await client.query("DELETE FROM t WHERE id = $1", [id]);
  } finally {
    client?.release();
  }
}`,
      "the `try` block releases the client too, and the `finally` releases it again (pg throws there: fix that first)",
    ),
    notFixed(
      `async function load(pool) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    client?.release();
    console.log("released");
  }
}`,
      "the `finally` block does more than release the client",
    ),
    notFixed(
      `async function load(pool) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    client?.release();
  }
  return client;
}`,
      "`client` is used after the block",
    ),
  ],
});

describe("let form fix outputs", () => {
  it("all parse as modules", () => {
    expect(outputs.length).toBe(4);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
