// Source: https://node-postgres.com/api/cursor (the older callback-style page: the `new Cursor(text, values)` example), reduced by hand, not copied
// Label: safe
// Why: after one read the cursor is closed and the client is released in the close callback; nothing that can throw runs between the checkout and the read's callback
import pg from "pg";
import Cursor from "pg-cursor";

const pool = new pg.Pool();
const client = await pool.connect();
const text = "SELECT * FROM my_large_table WHERE something > $1";
const values = [10];

const cursor = client.query(new Cursor(text, values));

cursor.read(100, (err, rows) => {
  cursor.close(() => {
    client.release();
  });
});
