// Source: Cap-go/capgo — tests/private-role-bindings.test.ts (beforeEach/afterEach), reduced by hand, not copied
// Label: hand-over
// Why: beforeEach stores the checkout in the suite's `let client`; afterEach rolls back and releases it in a finally
import type { PoolClient } from "pg";
import { Pool } from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from "vitest";

describe("role bindings", () => {
  let pool: Pool;
  let client: PoolClient | undefined;

  beforeAll(async () => {
    pool = new Pool({ connectionString: process.env.POSTGRES_URL });
  });

  beforeEach(async () => {
    client = await pool.connect();
    await client.query("BEGIN");
  });

  afterEach(async () => {
    if (!client) return;
    try {
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  });

  afterAll(async () => {
    await pool.end();
  });

  it("blocks escalation", async () => {
    await client!.query("SELECT 1");
  });
});
