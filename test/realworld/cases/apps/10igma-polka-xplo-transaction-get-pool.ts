// Source: 10igma/polka-xplo — packages/db/src/client.ts (transaction), reduced by hand, not copied
// Label: safe
// Why: the pool comes from a lazy getter held in a short local (`p`); the transaction body, COMMIT and ROLLBACK all run inside a try whose finally releases
import pg from "pg";

let pool: pg.Pool | null = null;

export function getPool(): pg.Pool {
  if (!pool) pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  return pool;
}

export async function transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const p = getPool();
  const client = await p.connect();
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
