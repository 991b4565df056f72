// Source: SametGoktepe/eventferry — packages/integration/test/postgres-store.integration.test.ts ("a rolled-back transaction enqueues nothing"), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the outbox enqueue and the deliberate ROLLBACK run in the try; the finally releases the client
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Pool } from "pg";
import { PostgresStore, createMigrationSql } from "@eventferry/postgres";
import { newPool, uniqueName } from "./helpers.js";

describe("PostgresStore against real Postgres", () => {
  let pool: Pool;
  beforeAll(() => {
    pool = newPool();
  });
  afterAll(async () => {
    await pool.end();
  });

  async function freshTable(): Promise<string> {
    const table = uniqueName("outbox");
    await pool.query(createMigrationSql(table));
    return table;
  }

  it("a rolled-back transaction enqueues nothing", async () => {
    const table = await freshTable();
    const store = new PostgresStore({ pool, table });
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await store.enqueue(client, { topic: "t", aggregateType: "order", aggregateId: "a1", payload: {} });
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    expect(await store.claimBatch(10)).toHaveLength(0);
  });
});
