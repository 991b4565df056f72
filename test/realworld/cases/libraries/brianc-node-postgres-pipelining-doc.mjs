// Source: brianc/node-postgres — docs/pages/features/pipelining.mdx at c9e57617 (pipelining on a pooled client), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the two pipelined queries are awaited through `Promise.all` between `pool.connect()` and a `client.release()` that is not in a finally: one rejected query keeps the client
import { Pool } from "pg";

const pool = new Pool({ pipeline: true });

const client = await pool.connect();

const [users, orders] = await Promise.all([
  client.query("SELECT * FROM users WHERE id = $1", [1]),
  client.query("SELECT * FROM orders WHERE user_id = $1", [1]),
]);
console.log(users.rows, orders.rows);

client.release();
