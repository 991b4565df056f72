// Source: https://node-postgres.com/api/cursor (the older callback-style page: "Here is an example of reading to the end of a cursor"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client checked out for the cursor is never released: the example reads twice in nested callbacks and ends without `cursor.close()` or `client.release()` (the same page's first example does release, in the close callback)
import assert from "node:assert";
import pg from "pg";
import Cursor from "pg-cursor";

const pool = new pg.Pool();
const client = await pool.connect();
const cursor = client.query(new Cursor("select * from generate_series(0, 5)"));
cursor.read(100, (err, rows) => {
  if (err) {
    throw err;
  }
  assert(rows.length == 6);
  cursor.read(100, (err, res) => {
    assert(res.length == 0);
  });
});
