// Source: MaximEYakovlev/Promise-JavaScript — db/index.js (module top level), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: top-level await: the query sits between connect and release with no try/finally, so a failing query keeps the client
import pg from "pg";

const { Pool } = pg;
const pool = new Pool();

pool.on("error", (err) => {
  console.error("Unexpected error on idle client", err);
  process.exit(-1);
});

const client = await pool.connect();
const result = await client.query("SELECT * FROM users WHERE id = $1", [1]);
console.log(result.rows[0]);

client.release();
