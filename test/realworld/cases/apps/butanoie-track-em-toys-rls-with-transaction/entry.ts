// Source: butanoie/track-em-toys — api/src/db/pool.ts at 9d3f52a (withTransaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN and a `set_config('app.user_id', …, true)` that always resets the RLS user run inside the try with the callback and COMMIT; the catch logs a failing ROLLBACK in its own try/catch and rethrows, the finally releases
import type { PoolClient } from "pg";
import { pool } from "./pool";
import { logger } from "./logger";

export async function withTransaction<T>(fn: (client: PoolClient) => Promise<T>, userId?: string | null): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.user_id', $1, true)", [userId ?? ""]);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackErr) {
      logger.error({ rollbackErr }, "ROLLBACK failed");
    }
    throw err;
  } finally {
    client.release();
  }
}
