// Source: goldcaddy77/weft — src/storage/postgres.test.ts (the PGlite fixture test), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: in the test the client is released after an awaited query and an `expect`, with no try/finally: a failed query or assertion leaves it checked out and the following `pool.end()` never returns
import { expect, it } from "vitest";
import type { Pool } from "pg";

declare const fixture: { pool: Pool };

it("serves queries from the fixture pool", async () => {
  const client = await fixture.pool.connect();
  const clientResult = await client.query("SELECT 1");
  expect(clientResult.rows).toHaveLength(1);
  client.release();
  await fixture.pool.end();
});
