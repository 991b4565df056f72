// Source: dbos-inc/dbos-transact-ts — src/cli/docker_pg_helper.ts (checkDbConnectivity), reduced by hand, not copied
// Label: safe
// Why: a throwaway pool: the probe query runs in a try whose finally releases, the outer finally ends the pool
import { Pool, type PoolConfig } from "pg";

export async function checkDbConnectivity(config: PoolConfig): Promise<Error | null> {
  const pool = new Pool(config);
  try {
    const client = await pool.connect();
    try {
      await client.query("SELECT 1;");
      return null;
    } catch (error) {
      return error instanceof Error ? error : new Error("Unknown database error");
    } finally {
      client.release();
    }
  } catch (error) {
    return error instanceof Error ? error : new Error("Failed to connect to database");
  } finally {
    await pool.end();
  }
}
