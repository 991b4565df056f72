// Source: Haroldwonder/SwiftRemit — backend/src/distributed-lock.ts at 974adc7 (withAdvisoryLock), reduced by hand, not copied
// Label: safe
// Why: a job lock returns false from inside the outer try when pg_try_advisory_lock is not granted; the job runs in an inner try whose finally awaits pg_advisory_unlock, and the outer finally releases on every path, a failing unlock included
import { Pool } from "pg";

function keyToInt(key: string): number {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

export async function withAdvisoryLock(pool: Pool, lockKey: string, fn: () => Promise<void>): Promise<boolean> {
  const lockId = keyToInt(lockKey);
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock($1) AS acquired", [lockId]);
    if (!rows[0].acquired) {
      return false;
    }
    try {
      await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [lockId]);
    }
    return true;
  } finally {
    client.release();
  }
}
