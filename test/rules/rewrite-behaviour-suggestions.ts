// Snippets for rewrite-behaviour.test.ts, which runs each before and after its rewrite. Each is a module exporting
// `run(pool, input, log)` over the table `items (id serial, v text)`; `log` records side effects in order.
// These are the shapes no-leaked-client's and the suggestion harness's tests assert a suggestion for.
import type { BehaviourCase } from "../support/rewrite-behaviour.js";

const HEAD = `import type { Pool } from "pg";\n`;

/** no-leaked-client's suggestion: the code that holds a leaking client moves into the callback. */
export const suggestionCases: BehaviourCase[] = [
  {
    name: "released, but not in a finally: the value used after the release flows out",
    rule: "no-leaked-client",
    inputs: ["r"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
  const result = await client.query("SELECT count(*)::int AS n FROM items");
  client.release();
  log.push("released");
  return result.rows[0];
}`,
  },
  {
    name: "an early return leaks; the try whose finally only released is unwrapped",
    rule: "no-leaked-client",
    inputs: [null, "e"],
    code: `${HEAD}export async function run(pool: Pool, input: string | null, log: unknown[]) {
  const client = await pool.connect();
  if (input === null) return null;
  try {
    return (await client.query("INSERT INTO items (v) VALUES ($1) RETURNING v", [input])).rows[0];
  } finally {
    client.release();
  }
}`,
  },
  {
    name: "work before the try: the catch stays, the finally clause goes",
    rule: "no-leaked-client",
    inputs: ["w"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  await client.query("SET statement_timeout = 5000");
  try {
    return await client.query(\`INSERT INTO items (v)
VALUES ($1) RETURNING id\`, [input]).then((r) => r.rows);
  } catch (error) {
    log.push("failed: " + (error as Error).message);
    throw error;
  } finally {
    client.release(); // back to the pool
  }
}`,
  },
  {
    name: "inside a branch, not the last statement: the code after the block stays after it",
    rule: "no-leaked-client",
    inputs: [["a", "b"], []],
    code: `${HEAD}export async function run(pool: Pool, input: string[], log: unknown[]) {
  if (input.length > 0) {
    const client = await pool.connect();
    for (const v of input) await client.query("INSERT INTO items (v) VALUES ($1)", [v]);
    client.release();
  }
  log.push("synced");
}`,
  },
  {
    name: "released early in a branch whose other work does not use the pool",
    rule: "no-leaked-client",
    inputs: ["x", "none"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT id FROM items WHERE v = $1", [input]);
  if (rows.length === 0) {
    client.release();
    log.push("nothing to update");
    return 0;
  }
  await client.query("UPDATE items SET v = 'seen' WHERE id = $1", [rows[0].id]);
  log.push("updated");
  return rows[0].id;
}`,
  },
  {
    name: "never released, awaited work: the callback holds the client exactly as long as the work runs",
    rule: "no-leaked-client",
    inputs: ["never"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
  log.push("inserted");
}`,
  },
  {
    name: "two values flow out (one a let reassigned later); the logging after the release stays after",
    rule: "no-leaked-client",
    inputs: ["two"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  const inserted = await client.query("INSERT INTO items (v) VALUES ($1) RETURNING id", [input]);
  let count = (await client.query("SELECT count(*)::int AS n FROM items")).rows[0].n;
  client.release();
  log.push("released");
  count += 100;
  return [inserted.rows[0].id, count];
}`,
  },
  {
    name: "an outer variable with a declared type, assigned while the client is held and read after",
    rule: "no-leaked-client",
    inputs: ["o"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  let id: number = -1;
  const client = await pool.connect();
  id = (await client.query("INSERT INTO items (v) VALUES ($1) RETURNING id", [input])).rows[0].id;
  client.release();
  log.push(id);
  return id;
}`,
  },
  {
    name: "the let form: the declaration goes, the checkout statement becomes the call",
    rule: "no-leaked-client",
    inputs: ["let"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  let client;
  client = await pool.connect();
  await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
  client.release();
  log.push("done");
}`,
  },
  {
    // Without the catch, the suggestion is refused: withClient would give the client back inside the failed
    // transaction (prefer-with-client-leak-suggestion.test.ts).
    name: "BEGIN … COMMIT in a try whose catch rolls back and rethrows, released after the try",
    rule: "no-leaked-client",
    inputs: ["tx"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    await client.query("INSERT INTO items (v) VALUES ($1)", [input + "2"]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  client.release();
  log.push("committed");
}`,
  },
];
