// Source: 284220-stack/fanza-auto-poster — src/run-lock.ts at 1d62ee3 (SchedulerRunLock.acquire), reduced by hand, not copied
// Label: hand-over
// Why: the scheduler's single-runner lock takes a session advisory lock on a checkout and keeps the client in `this.client` while it holds the lock (release() unlocks and gives it back); a lock not granted releases at once, a failed query releases it destroyed and rethrows
import type { Pool, PoolClient } from "pg";

export class SchedulerRunLock {
  private client?: PoolClient;

  constructor(private readonly pool: Pool, private readonly key: number) {}

  async acquire() {
    if (this.client) return false;
    const client = await this.pool.connect();
    try {
      const acquired =
        (await client.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS acquired", [this.key])).rows[0]
          ?.acquired ?? false;
      if (!acquired) {
        client.release();
        return false;
      }
      this.client = client;
      return true;
    } catch (error) {
      client.release(true);
      throw error;
    }
  }

  async release() {
    const client = this.client;
    if (!client) return;
    this.client = undefined;
    try {
      const released =
        (await client.query<{ released: boolean }>("SELECT pg_advisory_unlock($1::bigint) AS released", [this.key])).rows[0]
          ?.released ?? false;
      if (!released) throw new Error("advisory_lock_release_failed");
      client.release();
    } catch (error) {
      client.release(true);
      throw error;
    }
  }
}
