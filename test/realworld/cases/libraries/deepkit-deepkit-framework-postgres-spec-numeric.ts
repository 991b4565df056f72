// Source: deepkit/deepkit-framework — packages/postgres/tests/postgres.spec.ts (test 'count'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test checks out a client to read two counts and never releases it; the pool keeps it until the process ends
import { expect, test } from "@jest/globals";
import pg from "pg";

test("count", async () => {
  const pool = new pg.Pool({ host: "localhost", database: "postgres", user: "postgres" });

  pg.types.setTypeParser(1700, parseFloat);
  pg.types.setTypeParser(20, BigInt);

  const connection = await pool.connect();

  {
    const count = (await connection.query("SELECT 1.55 as count")).rows[0].count;
    expect(count).toBe(1.55);
  }

  {
    const count = (await connection.query("SELECT COUNT(*) as count FROM (select 1) as tmp")).rows[0].count;
    expect(count).toBe(1n);
  }
});
