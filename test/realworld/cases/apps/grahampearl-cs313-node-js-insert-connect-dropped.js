// Source: GrahamPearl/cs313-node-js — models/database.js at feeb944 (insert), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a BYU-Idaho CS 313 project's insert helper awaits `pool.connect()` and drops the client it resolves to, then sends BEGIN, the insert and COMMIT through `pool.query` (each on any client); every call keeps one more client checked out (db/database.js holds the same helpers again)
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

async function insert(sql, params) {
  try {
    console.log("insert");
    await pool.connect();
    await pool.query("BEGIN");
    await pool.query(sql, params);
    await pool.query("COMMIT");
  } catch (ex) {
    console.error(ex.stack);
    await pool.query("ROLLBACK");
  } finally {
  }
}

module.exports = { insert };
