// Source: xde-mcp/mastra — stores/pg/src/vector/index.test.ts ("pool provides a working client connection"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the `expect` assertions between connect() and release() throw when they fail, and the client is never released then
import { expect, it } from "vitest";
import pg from "pg";

const testDB = { pool: new pg.Pool({ connectionString: process.env.DB_URL }) };

it("pool provides a working client connection", async () => {
  const pool = testDB.pool;
  const client = await pool.connect();
  expect(typeof client.query).toBe("function");
  expect(typeof client.release).toBe("function");
  client.release();
});
