// Source: LabsCrypt/remitlend-backend — src/services/eventIndexer.ts (EventIndexer#poll), reduced by hand, not copied
// Label: safe
// Why: the lock client comes from getClient (./connection); the skipped-cycle return and the whole poll run in an outer try whose finally releases, after an inner finally that awaits the unlock
import { getClient } from "./connection";

export class EventIndexer {
  private static readonly ADVISORY_LOCK_KEY = 918273;
  private running = true;

  async poll(): Promise<void> {
    if (!this.running) return;
    const lockClient = await getClient();
    try {
      const lockResult = await lockClient.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock($1) AS acquired", [EventIndexer.ADVISORY_LOCK_KEY]);
      if (!lockResult.rows[0]?.acquired) {
        return;
      }
      try {
        const last = await this.getLastIndexedLedger();
        const latest = await this.getLatestLedger();
        if (latest <= last) {
          return;
        }
        await this.processChunk(last + 1, latest);
      } finally {
        await lockClient.query("SELECT pg_advisory_unlock($1)", [EventIndexer.ADVISORY_LOCK_KEY]);
      }
    } finally {
      lockClient.release();
    }
  }

  private async getLastIndexedLedger(): Promise<number> {
    return 0;
  }

  private async getLatestLedger(): Promise<number> {
    return 1;
  }

  private async processChunk(from: number, to: number): Promise<void> {
    void from;
    void to;
  }
}
