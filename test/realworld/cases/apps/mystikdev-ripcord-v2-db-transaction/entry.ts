// Source: MystikDev/ripcord-v2 — packages/db/src/query.ts at 673b211 (transaction), reduced by hand, not copied
// Label: safe
// Why: the chat platform's shared transaction helper (used by its auth and key-service routes) checks out before the try, rolls back in the catch and releases in the finally on every path
import type { PoolClient, QueryResultRow } from "pg";
import { pool } from "./pool.js";

export async function query<T extends QueryResultRow>(text: string, params?: unknown[]): Promise<T[]> {
  const res = await pool.query<T>(text, params);
  return res.rows;
}

export async function transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const out = await work(client);
    await client.query("COMMIT");
    return out;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
