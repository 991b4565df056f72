// Source: AhmadBaker8/log-service — src/services/retentionService.ts (RetentionService.runOnce), reduced by hand, not copied
// Label: safe
// Why: the awaited unlock sits in an inner finally; the release is in the outer finally, so it runs even when the unlock rejects
import type { Pool } from "pg";

const RETENTION_LOCK_ID = 7002;

export class RetentionService {
  constructor(private readonly pool: Pool, private readonly retentionDays: number) {}

  async runOnce(): Promise<string[]> {
    const client = await this.pool.connect();

    try {
      const lock = await client.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock($1) AS acquired", [RETENTION_LOCK_ID]);
      if (lock.rows[0]?.acquired !== true) {
        return [];
      }
      try {
        const result = await client.query<{ dropped: string }>("SELECT dropped FROM drop_expired($1)", [this.retentionDays]);
        return result.rows.map((row) => row.dropped);
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [RETENTION_LOCK_ID]);
      }
    } finally {
      client.release();
    }
  }
}
