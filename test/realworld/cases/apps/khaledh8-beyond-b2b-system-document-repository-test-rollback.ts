// Source: KhaledH8/beyond-b2b-system — apps/api/src/documents/__tests__/document.repository.test.ts at 5d03b59 ("a rolled-back allocation does not advance the committed counter"), reduced by hand, not copied
// Label: safe
// Why: the suite's pool is a `let` assigned in `beforeAll`; BEGIN, the number allocation on the client and ROLLBACK run in a `try` whose `finally` releases before the assertion's allocation on the pool
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Pool } from "pg";
import { DocumentRepository } from "../document.repository";

describe("DocumentRepository.allocateNumber", () => {
  let pool: Pool;
  const repo = new DocumentRepository();

  beforeAll(() => {
    pool = new Pool({ connectionString: process.env["DATABASE_URL"]! });
  });
  afterAll(async () => {
    if (pool) await pool.end();
  });

  it("a rolled-back allocation does not advance the committed counter", async () => {
    const t = `tenant-${Date.now()}`;
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await repo.allocateNumber(client, { tenantId: t, documentType: "BB_BOOKING_CONFIRMATION", scopeKey: "TENANT", fiscalYear: 2026, prefix: "BB-CONF" });
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    const after = await repo.allocateNumber(pool, { tenantId: t, documentType: "BB_BOOKING_CONFIRMATION", scopeKey: "TENANT", fiscalYear: 2026, prefix: "BB-CONF" });
    expect(after.allocatedNumber).toBe(1);
  });
});
