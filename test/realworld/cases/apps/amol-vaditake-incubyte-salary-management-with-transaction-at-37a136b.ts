// Source: amol-vaditake/incubyte-salary-management — backend/src/db/transaction.ts at 37a136b (withTransaction, "refactor: wrap the salary update in a real transaction"), reduced by hand, not copied
// Label: safe
// Why: the helper the commit introduced checks one client out for the salary update and its history row: BEGIN, the callback, COMMIT in the try, an awaited ROLLBACK and rethrow in the catch, and the release in the finally
import type { Pool, PoolClient } from "pg";

// repositories take either the shared pool or a transaction's client
export type Queryable = Pool | PoolClient;

export async function withTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
