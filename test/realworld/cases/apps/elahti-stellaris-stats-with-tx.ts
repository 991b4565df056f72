// Source: elahti/stellaris-stats — src/db.ts at 153d8fc (withTx), reduced by hand, not copied
// Label: safe
// Why: the GraphQL server's transaction helper sends BEGIN, the callback and COMMIT inside the try; the catch awaits ROLLBACK and rethrows, and the finally releases whatever the ROLLBACK does
import type { Pool, PoolClient } from "pg";

export const withTx = async <T>(pool: Pool, f: (client: PoolClient) => Promise<T>): Promise<T> => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await f(client);
    await client.query("COMMIT");
    return result;
  } catch (error: unknown) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
};
