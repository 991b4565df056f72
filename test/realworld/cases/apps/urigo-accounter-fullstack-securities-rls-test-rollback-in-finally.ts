// Source: Urigo/accounter-fullstack — packages/server/src/modules/foreign-securities/providers/__tests__/foreign-securities.integration.test.ts at b07ac1773 ("does not expose another tenant's securities under the tenant_isolation policy"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test's `finally` awaits ROLLBACK on the client before `client.release()`: when the ROLLBACK rejects (the connection dropped, the role switch left the session unusable) it throws out of the `finally` and the client never goes back to the suite's pool, whose `afterAll` `pool.end()` then waits on it
import { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDb } from "../../../../__tests__/helpers/db-connection.js";
import { runAsRlsRole } from "../../../../__tests__/helpers/rls-role.js";

let pool: Pool;
const TEST_OWNER_ID = "00000000-0000-0000-0000-000000000001";
const OTHER_OWNER_ID = "00000000-0000-0000-0000-000000000002";

beforeAll(async () => {
  pool = await connectTestDb();
});

afterAll(async () => {
  await pool.end();
});

async function insertSecurity(row: { ownerId: string; securityKey: string }) {
  await pool.query("INSERT INTO accounter_schema.poalim_securities (owner_id, security_key) VALUES ($1, $2)", [row.ownerId, row.securityKey]);
}

describe("getChargeSecurities — tenant isolation", () => {
  it("does not expose another tenant's securities under the tenant_isolation policy", async () => {
    await insertSecurity({ ownerId: OTHER_OWNER_ID, securityKey: "5129523" });

    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT set_config('app.current_business_id', $1, true)", [TEST_OWNER_ID]);
      const rows = await runAsRlsRole(client, async () => {
        const result = await client.query("SELECT security_key FROM accounter_schema.poalim_securities WHERE security_key = ANY($1)", [["5129523"]]);
        return result.rows;
      });
      expect(rows).toEqual([]);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});
