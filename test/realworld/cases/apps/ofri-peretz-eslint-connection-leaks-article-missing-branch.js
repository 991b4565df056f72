// Source: ofri-peretz/eslint — distribution/articles/pg/08-connection-leaks.md ("PostgreSQL Connection Leaks: The pool.connect() Trap", eslint-plugin-pg's write-up of the leaks it was built for; "Pattern 3: Missing in Branch"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: only the branch taken when `condition` holds releases; the other falls off the end with the client checked out
const { Pool } = require("pg");

const pool = new Pool();

async function conditionalQuery(condition) {
  const client = await pool.connect();

  if (condition) {
    const result = await client.query("SELECT 1");
    client.release();
    return result;
  }
}

module.exports = { conditionalQuery };
