// Source: ofri-peretz/eslint — distribution/articles/pg/08-connection-leaks.md ("PostgreSQL Connection Leaks: The pool.connect() Trap", eslint-plugin-pg's write-up of the leaks it was built for; "Pattern 2: Unhandled Error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the INSERT that throws skips the release that follows it; nothing catches
const { Pool } = require("pg");

const pool = new Pool();

async function createUser(data) {
  const client = await pool.connect();
  await client.query("INSERT INTO users VALUES ($1)", [data]);
  client.release();
}

module.exports = { createUser };
