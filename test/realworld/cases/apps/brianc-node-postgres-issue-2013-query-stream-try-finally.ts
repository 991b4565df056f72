// Source: https://github.com/brianc/node-postgres/issues/2013 (the reporter's reply to the workaround: "that's what I did (wrapped in try-finally)"), reduced by hand, not copied
// Label: safe
// Why: the stream is consumed inside a try whose finally releases, so a failed query or a throwing row handler still returns the client
import { Pool } from "pg";
import QueryStream from "pg-query-stream";

const pool = new Pool();

export async function exportRows(handle: (row: unknown) => void) {
  const client = await pool.connect();
  try {
    const stream = client.query(new QueryStream("SELECT * FROM events"));
    for await (const row of stream) {
      handle(row);
    }
  } finally {
    client.release();
  }
}
