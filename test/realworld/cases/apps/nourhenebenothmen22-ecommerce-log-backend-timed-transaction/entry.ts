// Source: Nourhenebenothmen22/ecommerce-log-backend — src/infrastructure/database/transaction.ts at 70832a9 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the transaction helper on the project's monitored pool (database-monitor.ts logs every acquire and release) starts a timer between the checkout and the try — `startTimer()` of core/utils/timings.ts only returns `performance.now()` — and from BEGIN on the finally releases; the awaited ROLLBACK may reject, the finally still runs
import type { PoolClient } from "pg";
import { pool } from "./pg.js";
import { startTimer, elapsed } from "./core/timings.js";
import { logTransaction } from "./sql-logger.js";
import { DbError } from "./core/db-error.js";

export async function withTransaction<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const start = startTimer();

  try {
    await client.query("BEGIN");
    logTransaction("BEGIN");

    const result = await callback(client);

    await client.query("COMMIT");
    logTransaction("COMMIT", elapsed(start));

    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    logTransaction("ROLLBACK", elapsed(start));

    throw DbError.transactionError("Transaction rolled back", error as Error);
  } finally {
    client.release();
  }
}
