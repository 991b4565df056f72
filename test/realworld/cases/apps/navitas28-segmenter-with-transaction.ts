// Source: Navitas28/segmenter — src/db/transaction.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the checkout is followed at once by a try whose catch rolls back and rethrows and whose finally releases
import pg from "pg";

const { Pool } = pg;
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
export type DbClient = pg.PoolClient;

export async function withTransaction<T>(handler: (client: DbClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await handler(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
