// Source: bluesky-social/atproto — packages/ozone/tests/materialized-view-refresher.test.ts ('skips the cycle while another session holds the lock'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the finally awaits the advisory unlock before `contender.release()`: when the unlock query fails the release is skipped
import type { Database } from "../src/db";

declare const db: Database;
declare const runRefresher: () => Promise<string[]>;
const LOCK_ID = 7021;

it("skips the cycle while another session holds the lock", async () => {
  const contender = await db.pool.connect();
  try {
    await contender.query("SELECT pg_advisory_lock(hashtextextended($2::text, $1))", [LOCK_ID, db.opts.schema ?? "public"]);
    const messages = await runRefresher();
    expect(messages).toContain("lock held elsewhere, skipping");
  } finally {
    await contender.query("SELECT pg_advisory_unlock(hashtextextended($2::text, $1))", [LOCK_ID, db.opts.schema ?? "public"]);
    contender.release();
  }
});
