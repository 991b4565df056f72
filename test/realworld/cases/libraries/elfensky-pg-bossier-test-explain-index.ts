// Source: elfensky/pg-bossier — test/read.test.ts (the listLongRunning EXPLAIN test), reduced by hand, not copied
// Label: safe
// Why: the test's checkout runs BEGIN, SET LOCAL and EXPLAIN in a try whose finally rolls back (failure swallowed by `.catch`) and then releases
import { expect, test } from "vitest";
import type { Pool } from "pg";

declare const h: { pool: Pool };

test("listLongRunning is served by record_active_idx", async () => {
  const client = await h.pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL enable_seqscan = off");
    const { rows } = await client.query(
      `EXPLAIN (FORMAT JSON) SELECT * FROM pgbossier.record WHERE state = 'active' AND queue = $1 ORDER BY started_on LIMIT 100`,
      ["read-llr"],
    );
    const plan = JSON.stringify(rows[0]["QUERY PLAN"]);
    expect(plan).toContain("record_active_idx");
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
    client.release();
  }
});
