// Source: jatin-awankar/Petrol-Partner — apps/worker/src/db/pool.ts at 298cee2 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the worker package's own pool and transaction helper: BEGIN, the callback and COMMIT in a try whose catch rolls back and whose finally releases
import { Pool, type PoolClient } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, connectionTimeoutMillis: 5000 });

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
