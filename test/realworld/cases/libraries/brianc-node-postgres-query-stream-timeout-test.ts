// Source: brianc/node-postgres — packages/pg-query-stream/test/error.ts ('should work if used after timeout error'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: test code: after connect(), `await assert.rejects(...)` and `await stream.destroy()` run before `await client.release()`, with no finally
import assert from "node:assert";
import { Pool } from "pg";
import QueryStream from "pg-query-stream";

export async function usedAfterTimeout() {
  const pool = new Pool({ max: 1, connectionTimeoutMillis: 400 });
  const query = new QueryStream("SELECT 2 AS b");
  const client = await pool.connect();
  const stream = await client.query(query);
  await assert.rejects(() => pool.query("SELECT TRUE"), { message: "timeout exceeded when trying to connect" });
  await stream.destroy();
  await client.release();
  await pool.end();
}
