// Source: ofri-peretz/eslint — distribution/articles/pg/08-connection-leaks.md ("PostgreSQL Connection Leaks: The pool.connect() Trap", eslint-plugin-pg's write-up of the leaks it was built for; "When You Need pool.connect()"), reduced by hand, not copied
// Label: safe
// Why: BEGIN, both updates and COMMIT run inside the try; the catch rolls back and rethrows, the finally releases
const { Pool } = require("pg");

const pool = new Pool();

async function transferMoney(from, to, amount) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query("UPDATE accounts SET balance = balance - $1 WHERE id = $2", [amount, from]);
    await client.query("UPDATE accounts SET balance = balance + $1 WHERE id = $2", [amount, to]);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

module.exports = { transferMoney };
