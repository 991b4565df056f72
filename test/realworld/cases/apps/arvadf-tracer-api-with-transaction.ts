// Source: arvadf/tracer — apps/api/src/db/transaction.ts at bfd7311d (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the api workspace's helper on the pool of its `./pool` module; BEGIN, the callback and COMMIT run in a `try` whose `catch` rolls back and rethrows and whose `finally` releases
import type { PoolClient } from "pg";
import { pool } from "./pool";

export async function withTransaction<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await callback(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
