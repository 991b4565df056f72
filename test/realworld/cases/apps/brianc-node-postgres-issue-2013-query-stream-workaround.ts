// Source: https://github.com/brianc/node-postgres/issues/2013 (the maintainer's workaround for `pool.query(new QueryStream(…))` never releasing: check out a client, iterate the stream, release), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release comes after the `for await` over the stream with no try/finally: a query error or a throwing row handler rejects out of the loop and the client stays checked out (the reporter wrapped it in try/finally for that reason)
import { Pool } from "pg";
import QueryStream from "pg-query-stream";

const pool = new Pool();

export async function exportRows(handle: (row: unknown) => void) {
  const client = await pool.connect();
  const query = new QueryStream("SELECT * FROM events");
  const stream = client.query(query);
  for await (const row of stream) {
    handle(row);
  }
  client.release();
}
