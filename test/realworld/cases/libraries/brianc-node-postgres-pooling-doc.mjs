// Source: brianc/node-postgres — docs/pages/features/pooling.mdx (checking out a client), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: top-level `await client.query(...)` can reject before `client.release()`, which is not in a finally
import pg from "pg";

const pool = new pg.Pool();

pool.on("error", (err) => {
  console.error("Unexpected error on idle client", err);
  process.exit(-1);
});

const client = await pool.connect();
const res = await client.query("SELECT * FROM users WHERE id = $1", [1]);
console.log(res.rows[0]);
client.release();
