// Source: elempius/pg-wrapper — src/server/query.ts (transaction), reduced by hand, not copied
// Label: safe
// Why: the `let` client is assigned in its own try (a failed connect rethrows with no client); BEGIN, the work and COMMIT run in a second try whose finally releases
import { Pool, PoolClient } from "pg";

let pool: Pool | undefined;

async function getPool(): Promise<Pool> {
  pool ??= new Pool({ connectionString: process.env.DATABASE_URL });
  return pool;
}

export async function transaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const pool = await getPool();
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    console.error(err);
    throw err;
  }
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // the connection is likely dead already
    }
    throw err;
  } finally {
    client.release();
  }
}
