// Source: Przyval/openfoundry — packages/db/src/pool.ts at 580410bb (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the workspace db package's transaction helper takes the pool as a parameter; BEGIN, the callback and COMMIT run in a `try` whose `catch` rolls back and rethrows and whose `finally` releases
import pg from "pg";

export function createPool(config: { connectionString: string; maxConnections?: number }): pg.Pool {
  return new pg.Pool({ connectionString: config.connectionString, max: config.maxConnections ?? 20 });
}

export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
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
