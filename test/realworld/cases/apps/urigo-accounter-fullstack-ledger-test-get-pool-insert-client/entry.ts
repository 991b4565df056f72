// Source: Urigo/accounter-fullstack — packages/server/src/modules/ledger/__tests__/ledger-scenario-a.integration.test.ts at b07ac1773 ("should generate balanced ledger records for ILS receipt expense", the fixture insert), reduced by hand, not copied
// Label: safe
// Why: the client comes from `db.getPool().connect()`, the pool of the suite's `TestDatabase` (./db-setup, connected lazily by `ensureLatestSchema()` in `beforeAll`: the suite's `db.connect()` call dropped from the reduction); BEGIN, the fixture insert, the RLS GUC, the in-transaction `expect`s and COMMIT run in a `try` whose `catch` swallows a failed ROLLBACK and rethrows, and whose `finally` releases
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { TestDatabase } from "./db-setup.js";
import { insertFixture } from "./fixture-loader.js";

const chargeId = "6a1f0c1e-0000-4000-8000-000000000001";
const chargeOwnerId = "6a1f0c1e-0000-4000-8000-000000000002";

describe("Ledger Generation - Expense Scenario A", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = new TestDatabase();
    await db.ensureLatestSchema();
  });

  afterAll(async () => {
    await db.close();
  });

  it("should generate balanced ledger records for ILS receipt expense", async () => {
    const insertClient = await db.getPool().connect();
    try {
      await insertClient.query("BEGIN");
      await insertFixture(insertClient, "expense-scenario-a");
      await insertClient.query("SELECT set_config('app.current_business_id', $1, true)", [chargeOwnerId]);
      const chargeResult = await insertClient.query("SELECT * FROM accounter_schema.charges WHERE id = $1", [chargeId]);
      expect(chargeResult.rows).toHaveLength(1);
      const transactionsResult = await insertClient.query("SELECT * FROM accounter_schema.transactions WHERE charge_id = $1", [chargeId]);
      expect(transactionsResult.rows[0].amount).toBe("-500.00");
      await insertClient.query("COMMIT");
    } catch (e) {
      try { await insertClient.query("ROLLBACK"); } catch {}
      throw e;
    } finally {
      insertClient.release();
    }
  });
});
