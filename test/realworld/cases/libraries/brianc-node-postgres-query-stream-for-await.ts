// Source: brianc/node-postgres — packages/pg-query-stream/test/async-iterator.ts ('works with pool' run()), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the rows are read with `for await` over the QueryStream; a stream error rejects the loop and the release after it never runs
import pg from "pg";
import QueryStream from "pg-query-stream";

const pool = new pg.Pool({ max: 20 });
const queryText = "SELECT * FROM generate_series(0, 200) num";

export async function run(): Promise<unknown[]> {
  const client = await pool.connect();
  const stream = new QueryStream(queryText, []);
  const rows: unknown[] = [];
  client.query(stream);
  for await (const row of stream) {
    rows.push(row);
  }
  client.release();
  return rows;
}
