// Source: Rohithgilla12/data-peek — apps/desktop/src/main/adapters/pg-pool-manager.ts (withPgTransaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the callback and COMMIT all run inside the try; the finally releases (destroying the client when ROLLBACK failed) and swallows a double-release error
import type { PoolClient } from "pg";
import { getOrCreatePool, type ConnectionConfig } from "./pool-registry";
import { log } from "./log";

export async function withPgTransaction<T>(
  config: ConnectionConfig,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const entry = await getOrCreatePool(config);
  const client = await entry.pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackError) {
      broken = true;
      log.warn("rollback failed:", (rollbackError as Error).message);
    }
    throw error;
  } finally {
    try {
      client.release(broken ? true : undefined);
    } catch {
      // a cancelled query may already have destroyed it
    }
  }
}
