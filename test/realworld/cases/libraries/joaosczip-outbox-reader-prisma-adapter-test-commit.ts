// Source: joaosczip/outbox-reader — packages/client/test/adapters/prisma-adapter.test.ts ("commits insert when transaction is committed"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN, the adapter's insert and COMMIT are awaited with no try; a failure leaves the client checked out and in a transaction, and the suite's `pool.end()` then waits for it
import { afterAll, expect, it } from "vitest";
import { Pool } from "pg";

declare class PrismaAdapter {
  create(event: object, options: { underlying: unknown }): Promise<string>;
}
declare function makePgPrisma(client: unknown): unknown;

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const event = { aggregateId: "a1", eventType: "created", payload: {} };

it("commits insert when transaction is committed", async () => {
  const client = await pool.connect();
  await client.query("BEGIN");
  const adapter = new PrismaAdapter();
  const id = await adapter.create(event, { underlying: makePgPrisma(client) });
  await client.query("COMMIT");
  client.release();
  const result = await pool.query("SELECT * FROM outbox WHERE id = $1", [id]);
  expect(result.rows).toHaveLength(1);
});

afterAll(async () => {
  await pool.end();
});
