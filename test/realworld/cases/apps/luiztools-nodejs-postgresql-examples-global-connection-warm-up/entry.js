// Source: luiztools/nodejs-postgresql-examples — nodejs-passport-postgresql/db.js (connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the warm-up client is released only after the awaited `SELECT NOW()`; when that query rejects, connect() rejects with the client still checked out
const checkout = require("./checkout");

async function connect() {
  if (global.connection) return checkout(global.connection);

  const pg = require("pg");
  pg.defaults.ssl = { rejectUnauthorized: false };
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

  const client = await pool.connect();

  const res = await client.query("SELECT NOW()");
  console.log(res.rows[0]);
  client.release();

  global.connection = pool;
  return checkout(pool);
}

async function findUser(username) {
  const conn = await connect();
  const res = await conn.query("SELECT * FROM users WHERE username=$1 LIMIT 1", [username]);
  return res.rows[0] ?? null;
}

module.exports = { findUser };
