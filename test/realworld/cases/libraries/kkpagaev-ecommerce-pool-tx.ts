// Source: kkpagaev/ecommerce — packages/pool/src/index.ts (tx), reduced by hand, not copied
// Label: safe
// Why: the outer try/finally releases; BEGIN and the inner try (COMMIT, or ROLLBACK and rethrow) both sit inside it
import { Pool, PoolClient } from "pg";

export async function tx<T>(pool: Pool, callback: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    try {
      const res = await callback(client);
      await client.query("COMMIT");
      return res;
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    }
  } finally {
    client.release();
  }
}
