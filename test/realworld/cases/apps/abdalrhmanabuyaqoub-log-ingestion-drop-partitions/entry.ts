// Source: AbdalrhmanAbuyaqoub/log-ingestion-and-query-service — src/retention/partition-manager.ts (dropExpiredPartitions), reduced by hand, not copied
// Label: safe
// Why: the client comes from getClient (./db: `() => pool.connect()`); the early return and the inner transaction sit in a try whose finally unlocks in a nested try and releases in its finally
import { getClient } from "./db";

const LOCK_KEY = 42;

export async function dropExpiredPartitions(retentionDays: number, waitForLock = false): Promise<{ skipped: boolean; dropped: number }> {
  const client = await getClient();
  const result = { skipped: false, dropped: 0 };
  let locked = false;
  try {
    if (waitForLock) {
      await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
      locked = true;
    } else {
      const lock = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [LOCK_KEY]);
      locked = lock.rows[0]?.locked === true;
      if (!locked) return { ...result, skipped: true };
    }
    await client.query("BEGIN");
    try {
      const { rows } = await client.query<{ name: string }>("SELECT relname AS name FROM expired_partitions($1)", [retentionDays]);
      for (const row of rows) {
        await client.query(`DROP TABLE ${row.name}`);
        result.dropped++;
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    return result;
  } finally {
    try {
      if (locked) await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    } finally {
      client.release();
    }
  }
}
