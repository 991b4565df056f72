// Source: brianc/node-postgres — docs/pages/apis/cursor.mdx (the Cursor example), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await cursor.read(100)` can reject between connect() and `client.release()`, which is not in a finally
import { Pool } from "pg";
import Cursor from "pg-cursor";

const pool = new Pool();
const client = await pool.connect();
const text = "SELECT * FROM my_large_table WHERE something > $1";
const cursor = client.query(new Cursor(text, [10]));
const { rows } = await cursor.read(100);
console.log(rows.length);
client.release();
