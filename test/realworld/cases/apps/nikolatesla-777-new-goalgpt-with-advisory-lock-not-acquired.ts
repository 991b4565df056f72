// Source: nikolatesla-777/new-goalgpt — src/database/connectionHelpers.ts at 67b18cb (withAdvisoryLock), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: when the cron job's advisory lock is not acquired the helper releases the client and returns from inside the try, and the finally releases it a second time (pg throws "Release called on client which has already been released to the pool.", swallowed by the catch around it)
import { pool } from "./connection";
import { logger } from "../utils/logger";
import { metrics } from "../utils/metrics";

export interface AdvisoryLockResult<T> {
  acquired: boolean;
  result?: T;
}

export async function withAdvisoryLock<T>(
  lockKey: bigint,
  fn: () => Promise<T>,
  options?: { blocking?: boolean; timeoutMs?: number },
): Promise<AdvisoryLockResult<T>> {
  const { blocking = false, timeoutMs = 60_000 } = options ?? {};
  const client = await pool.connect();
  let lockAcquired = false;

  try {
    const lockFn = blocking ? "pg_advisory_lock" : "pg_try_advisory_lock";
    const lockResult = await client.query(`SELECT ${lockFn}($1) AS ok`, [lockKey.toString()]);
    lockAcquired = blocking ? true : lockResult.rows[0]?.ok === true;

    if (!lockAcquired) {
      client.release();
      return { acquired: false };
    }

    let timeoutId: NodeJS.Timeout | undefined;
    const timeoutPromise = new Promise<never>((_, reject) => {
      timeoutId = setTimeout(() => reject(new Error("ADVISORY_LOCK_TIMEOUT")), timeoutMs);
    });
    try {
      const result = await Promise.race([fn(), timeoutPromise]);
      clearTimeout(timeoutId);
      return { acquired: true, result };
    } catch (err) {
      clearTimeout(timeoutId);
      throw err;
    }
  } finally {
    if (lockAcquired) {
      try {
        await client.query("SELECT pg_advisory_unlock($1)", [lockKey.toString()]);
      } catch (unlockErr) {
        logger.error(`[withAdvisoryLock] Failed to release lock ${lockKey}:`, { error: unlockErr });
      }
    }
    try {
      client.release();
    } catch (releaseErr) {
      logger.warn("[withAdvisoryLock] Client release error:", { error: releaseErr });
    }
  }
}
