// Source: ofri-peretz/eslint — distribution/articles/pg/08-connection-leaks.md ("PostgreSQL Connection Leaks: The pool.connect() Trap", eslint-plugin-pg's write-up of the leaks it was built for; "The Fix: try/finally"), reduced by hand, not copied
// Label: safe
// Why: the early return and the query both sit inside the try whose finally releases
const { Pool } = require("pg");

const pool = new Pool();

async function getUser(id) {
  const client = await pool.connect();

  try {
    if (!id) {
      return null;
    }

    const result = await client.query("SELECT * FROM users WHERE id = $1", [id]);
    return result.rows[0];
  } finally {
    client.release();
  }
}

module.exports = { getUser };
