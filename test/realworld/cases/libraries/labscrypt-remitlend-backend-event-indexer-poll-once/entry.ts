// Source: LabsCrypt/remitlend-backend — src/services/eventIndexer.ts at 72c64a4 (EventIndexer.pollOnce, as "guard event indexer poll cycle with Postgres advisory lock" wrote it) with src/db/connection.ts (getClient), reduced by hand, not copied
// Label: safe
// Why: the helper's checkout is wrapped at once in a try whose finally releases it; the unlock on the same connection sits in an inner finally
import { getClient } from "./connection";

interface Logger {
  debug(message: string): void;
}

export class EventIndexer {
  private static readonly ADVISORY_LOCK_KEY = 738_154_291;
  private running = true;

  constructor(private readonly logger: Logger) {}

  private async getLastIndexedLedger(): Promise<number> {
    return 0;
  }

  private async getLatestLedgerSequence(): Promise<number> {
    return 0;
  }

  private async processChunk(from: number, to: number): Promise<{ lastProcessedLedger: number }> {
    return { lastProcessedLedger: Math.max(from, to) };
  }

  private async updateLastIndexedLedger(ledger: number): Promise<void> {
    this.logger.debug(`indexed up to ${ledger}`);
  }

  async pollOnce(): Promise<void> {
    if (!this.running) return;

    // One instance advances the cursor at a time: pg_try_advisory_lock skips the cycle instead of blocking.
    const lockClient = await getClient();
    try {
      const lockResult = await lockClient.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock($1) AS acquired", [
        EventIndexer.ADVISORY_LOCK_KEY,
      ]);
      if (!lockResult.rows[0]?.acquired) {
        this.logger.debug("Indexer poll skipped — another instance holds the advisory lock");
        return;
      }

      try {
        const lastIndexedLedger = await this.getLastIndexedLedger();
        const latestLedger = await this.getLatestLedgerSequence();
        if (latestLedger <= lastIndexedLedger) {
          return;
        }
        const result = await this.processChunk(lastIndexedLedger + 1, latestLedger);
        await this.updateLastIndexedLedger(result.lastProcessedLedger);
      } finally {
        await lockClient.query("SELECT pg_advisory_unlock($1)", [EventIndexer.ADVISORY_LOCK_KEY]);
      }
    } finally {
      lockClient.release();
    }
  }
}
