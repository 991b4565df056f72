// Source: AkashKumar7902/mailmetero — packages/db/test/usage-ledger.integration.test.ts at 5c652160 (settleOnce in the "M8: recordAttempt is exactly-once" test), reduced by hand, not copied
// Label: safe
// Why: the test's pool is a module `let` assigned in `before`; the ledger's recordAttempt, the conditional debit and COMMIT run in a `try` whose `catch` rolls back and rethrows and whose `finally` releases, before the test reads the counts on the pool
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { Pool } from "pg";
import { createLedgerRepo } from "../src/repositories/usage-ledger.ts";

let pool: Pool;
const databaseUrl = process.env.DATABASE_URL_TEST;

before(() => {
  if (databaseUrl) pool = new Pool({ connectionString: databaseUrl, max: 4 });
});

after(async () => {
  if (!pool) return;
  await pool.end();
});

test("recordAttempt is exactly-once on (tenant, request_id)", async (t) => {
  if (!databaseUrl) return t.skip("no DATABASE_URL_TEST");
  const ledger = createLedgerRepo();
  const tenantId = randomUUID();
  const requestId = randomUUID();

  async function settleOnce(): Promise<number> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { creditsDeltaApplied } = await ledger.recordAttempt(client, { tenantId, requestId, endpoint: "finder" });
      if (creditsDeltaApplied < 0) {
        await client.query("UPDATE tenants SET credits_remaining = credits_remaining + $2 WHERE id = $1", [tenantId, creditsDeltaApplied]);
      }
      await client.query("COMMIT");
      return creditsDeltaApplied;
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }

  const first = await settleOnce();
  const second = await settleOnce();
  assert.equal(first, -1);
  assert.equal(second, 0);
  const rowsRes = await pool.query("SELECT count(*)::int AS n FROM usage_ledger WHERE tenant_id = $1 AND request_id = $2", [tenantId, requestId]);
  assert.equal(rowsRes.rows[0].n, 1);
});
