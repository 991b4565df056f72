// Source: yc-software/qm — src/persistence/advisory-lock.ts (createAdvisoryLock's withLock), reduced by hand, not copied
// Label: safe
// Why: each turn of the polling loop checks out, tries the session advisory lock, runs the caller's work and unlocks in an inner finally, and releases in the outer finally before sleeping; the deadline throw comes after the release
import type { PgPool } from "./pg-pool.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createAdvisoryLock(pg: PgPool, timeoutMs = 30_000, pollMs = 250) {
  return {
    async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      const pool = await pg.pool();
      for (;;) {
        const client = await pool.connect();
        try {
          const res = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked", [key]);
          if (res.rows[0]?.locked === true) {
            try {
              return await fn();
            } finally {
              await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key]);
            }
          }
        } finally {
          client.release();
        }
        if (Date.now() >= deadline) throw new Error(`timeout acquiring advisory lock for ${key}`);
        await sleep(pollMs);
      }
    },
  };
}
