// Source: ofri-peretz/eslint — distribution/articles/pg/08-connection-leaks.md ("PostgreSQL Connection Leaks: The pool.connect() Trap", eslint-plugin-pg's write-up of the leaks it was built for; "Pattern 1: Early Return"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the guard returns null before the release, and the query can throw before it too
const { Pool } = require("pg");

const pool = new Pool();

async function getUser(id) {
  const client = await pool.connect();

  if (!id) {
    return null;
  }

  const result = await client.query("SELECT * FROM users WHERE id = $1", [id]);
  client.release();
  return result.rows[0];
}

module.exports = { getUser };
