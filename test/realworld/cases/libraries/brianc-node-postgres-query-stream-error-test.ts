// Source: brianc/node-postgres — packages/pg-query-stream/test/error.ts ('recovers from a streaming error in a transaction'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: test code: four awaited queries between connect() and `client.release()`, no finally (the QueryStream handed to `client.query(stream)` is a submittable, not a promise)
import assert from "node:assert";
import pg from "pg";
import QueryStream from "pg-query-stream";

export async function recoversFromStreamingError() {
  const pool = new pg.Pool();
  const client = await pool.connect();
  await client.query("CREATE TEMP TABLE frobnicators (id serial primary key, updated timestamp)");
  await client.query("BEGIN");
  const stream = new QueryStream('INSERT INTO frobnicators ("updated") VALUES ($1) RETURNING "id"', [Date.now()]);
  let failure: Error | undefined;
  stream.on("error", (e) => {
    failure = e;
  });
  client.query(stream);
  await client.query("ROLLBACK");
  assert(failure, "the stream should have failed");
  const { rows } = await client.query("SELECT NOW()");
  assert.strictEqual(rows.length, 1);
  client.release();
  await pool.end();
}
