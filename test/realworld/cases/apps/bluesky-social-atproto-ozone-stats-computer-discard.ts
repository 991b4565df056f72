// Source: bluesky-social/atproto — packages/ozone/src/daemon/stats-computer.ts (StatsComputer.materializeStats), reduced by hand, not copied
// Label: safe
// Why: the lock query's `.catch` only flags the session for discarding and rethrows inside the try; the finally unlocks in a try/catch and releases in its own finally, destroying the client when the session is uncertain
import type { Database } from "../db/index.js";
import { dbLogger } from "../logger.js";

const STATS_LOCK = 7022;

export class StatsComputer {
  constructor(private db: Database, private materialize: (db: Database) => Promise<void>) {}

  private async materializeStats() {
    let discard = false;
    let locked = false;
    const client = await this.db.pool.connect();
    const scope = this.db.schema ?? "public";
    try {
      const res = await client
        .query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($2::text, $1)) AS locked", [STATS_LOCK, scope])
        .catch((err) => {
          discard = true;
          throw err;
        });
      locked = res.rows[0]?.locked === true;
      if (!locked) {
        dbLogger.info("another instance holds the stats lock");
        return;
      }
      await this.materialize(this.db);
    } finally {
      try {
        if (locked) {
          await client.query("SELECT pg_advisory_unlock(hashtextextended($2::text, $1))", [STATS_LOCK, scope]);
        }
      } catch (err) {
        discard = true;
        dbLogger.warn({ err }, "could not unlock");
      } finally {
        if (discard) {
          client.release(true);
        } else {
          client.release();
        }
      }
    }
  }
}
