// Source: https://github.com/brianc/node-postgres/issues/1410 (the docs' async/await pooling example the reporter started from), reduced by hand, not copied
// Label: safe
// Why: the query goes through pool.query instead of the checked-out client (a second checkout, released by the pool), but the client itself is released in the finally; it costs a client, it does not leak one
const { Pool } = require("pg");

const pool = new Pool();

(async () => {
  const client = await pool.connect();
  try {
    const res = await pool.query("SELECT * FROM users WHERE id = $1", [1]);
    console.log(res.rows[0]);
  } finally {
    client.release();
  }
})().catch((e) => console.log(e.stack));
