// Source: bluesky-social/atproto — packages/ozone/src/daemon/materialized-view-refresher.ts (MaterializedViewRefresher's task), reduced by hand, not copied
// Label: safe
// Why: one checkout for the whole refresh cycle; the session settings, the advisory lock, the skip and the refreshes run in a try whose finally unlocks in a nested try and releases (discarding the session) in the inner finally
import type { Database } from "../db/index.js";
import { dbLogger } from "../logger.js";

const REFRESH_LOCK = 7021;
const VIEWS = ["account_events_stats", "record_events_stats"];

export function refreshTask(statementTimeoutMs: number) {
  return async (db: Database, signal: AbortSignal) => {
    let locked = false;
    const client = await db.pool.connect();
    const scope = db.opts.schema ?? "public";
    try {
      await client.query(`SET statement_timeout = ${statementTimeoutMs}`);
      const res = await client.query(
        "SELECT pg_try_advisory_lock(hashtextextended($2::text, $1)) AS locked",
        [REFRESH_LOCK, scope],
      );
      locked = res.rows[0]?.locked === true;
      if (!locked) {
        dbLogger.info("lock held elsewhere, skipping");
        return;
      }
      for (const view of VIEWS) {
        if (signal.aborted) break;
        try {
          await client.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY "${view}"`);
        } catch (err) {
          dbLogger.error({ err, view }, "refresh failed");
        }
      }
    } finally {
      try {
        if (locked) {
          await client.query("SELECT pg_advisory_unlock(hashtextextended($2::text, $1))", [REFRESH_LOCK, scope]);
        }
      } finally {
        client.release(true);
      }
    }
  };
}
