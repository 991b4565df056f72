// Source: constructive-io/constructive — pgpm/core/src/migrate/utils/transaction.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: only `Date.now()` and a debug log sit between connect() and the try; the catch's ROLLBACK failure is caught and logged, and the finally releases
import type { Pool, PoolClient } from "pg";

declare const log: { debug: (m: string) => void; error: (m: string, e?: unknown) => void };

export async function withTransaction<T>(pool: Pool, useTransaction: boolean, fn: (ctx: { client: Pool | PoolClient }) => Promise<T>): Promise<T> {
  if (!useTransaction) {
    return fn({ client: pool });
  }
  const client = await pool.connect();
  const transactionStartTime = Date.now();
  log.debug("Starting transaction");
  try {
    await client.query("BEGIN");
    const result = await fn({ client });
    await client.query("COMMIT");
    log.debug(`Transaction committed in ${Date.now() - transactionStartTime}ms`);
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackError) {
      log.error("Failed to rollback transaction:", rollbackError);
    }
    throw error;
  } finally {
    client.release();
  }
}
