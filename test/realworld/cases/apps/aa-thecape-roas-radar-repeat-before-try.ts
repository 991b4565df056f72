// Source: AA-TheCape/ROAS-Radar — test/customer-journey.integration.test.ts (incremental refresh test), reduced by hand, not copied
// Label: safe
// Why: the only statement between `pool.connect()` and the try whose finally releases is `"a".repeat(64)`, a literal repeated a literal number of times, which cannot throw
import assert from "node:assert/strict";
import test from "node:test";
import { pool } from "../src/db/pool.js";
import { refreshCustomerJourney } from "../src/modules/journeys/refresh.js";

test("customer_journey refreshes incrementally", async () => {
  const client = await pool.connect();
  const emailHash = "a".repeat(64);
  let transactionOpen = false;

  try {
    await client.query("BEGIN");
    transactionOpen = true;
    await client.query("INSERT INTO identity_journeys (email_hash) VALUES ($1)", [emailHash]);
    await refreshCustomerJourney(client);
    await client.query("COMMIT");
    transactionOpen = false;
    const { rows } = await client.query("SELECT count(*)::int AS n FROM customer_journey");
    assert.equal(rows[0].n, 1);
  } finally {
    if (transactionOpen) {
      await client.query("ROLLBACK").catch(() => undefined);
    }
    client.release();
  }
});
