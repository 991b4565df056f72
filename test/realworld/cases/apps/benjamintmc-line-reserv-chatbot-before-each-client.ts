// Source: benjamintmc/line-reserv-chatbot — src/db/repositories/event-repository.billing.test.ts (migration 0002 backfill suite), reduced by hand, not copied
// Label: hand-over
// Why: beforeEach stores the checkout in the suite's `client` variable before preparing a schema on it; the suite's afterEach drops the schema and releases it
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Pool, PoolClient } from "pg";
import { createPool } from "../pool";
import { applyMigration } from "../migrate";

describe("migration 0002 backfill", () => {
  let pool: Pool;
  let client: PoolClient;

  beforeEach(async () => {
    pool = createPool(process.env.TEST_DATABASE_URL!);
    client = await pool.connect();
    await client.query("DROP SCHEMA IF EXISTS backfill_test CASCADE");
    await client.query("CREATE SCHEMA backfill_test");
    await client.query("SET search_path TO backfill_test");
  });

  afterEach(async () => {
    await client.query("DROP SCHEMA IF EXISTS backfill_test CASCADE");
    client.release();
    await pool.end();
  });

  it("backfills per_person rows", async () => {
    await applyMigration(client, "0002_price_mode.sql");
    const { rows } = await client.query("SELECT price_mode FROM events");
    expect(rows.every((row) => row.price_mode === "per_person")).toBe(true);
  });
});
