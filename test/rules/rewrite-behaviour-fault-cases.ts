// Snippets written for rewrite-faults.test.ts: shapes whose paths only its faults reach — the snippet's own code
// failing between queries (a JSON.parse, a helper, here `log.push`), inside a transaction and while a leaked client
// is held, and code after the block that checks the pool out again, which a pool of one client serialises.
// rewrite-behaviour.test.ts runs them too (their SQL faults).
import type { BehaviourCase } from "../support/rewrite-behaviour.js";

const HEAD = `import type { Pool } from "pg";\n`;

export const faultCases: BehaviourCase[] = [
  {
    name: "a JSON.parse between the queries of a transaction: withTransaction rolls back what the catch did",
    rule: "prefer-with-client",
    inputs: ['{"v":"parsed"}', "not json"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO items (v) VALUES ('first')");
    const { v } = JSON.parse(input) as { v: string };
    log.push(v);
    await client.query("INSERT INTO items (v) VALUES ($1)", [v]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  log.push("after");
}`,
  },
  {
    name: "the project's own code between queries of a client released without a finally (it leaks when that code throws)",
    rule: "no-leaked-client",
    inputs: ["h"],
    code: `${HEAD}function audit(log: unknown[], what: string) {
  log.push(what);
}
export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  const { rows } = await client.query("INSERT INTO items (v) VALUES ($1) RETURNING id", [input]);
  audit(log, "inserted " + rows[0].id);
  await client.query("UPDATE items SET v = v || '!' WHERE id = $1", [rows[0].id]);
  audit(log, "updated");
  client.release();
  audit(log, "released");
  return rows[0].id;
}`,
  },
  {
    name: "the pool checked out again after the block: on a pool of one client it waits for the release",
    rule: "prefer-with-client",
    inputs: ["a", "b"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    log.push("inserted " + input);
  } finally {
    client.release();
  }
  const { rows } = await pool.query("SELECT count(*)::int AS n FROM items");
  log.push(input + " sees " + rows[0].n);
  return rows[0].n;
}`,
  },
  {
    name: "the let form whose catch logs and returns a fallback: a failed connect() is caught as before",
    rule: "prefer-with-client",
    inputs: ["f"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  let client;
  try {
    client = await pool.connect();
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    log.push("inserted");
    return "saved";
  } catch (error) {
    log.push("fallback: " + (error as Error).message);
    return "queued";
  } finally {
    client?.release();
  }
}`,
  },
];
