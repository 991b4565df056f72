// Source: GrahamPearl/cs313-node-js — models/database.js at feeb944 (search), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the search helper awaits `pool.connect()` only to "connect", drops the client and queries through the pool; each search leaves a client checked out until the pool's 20 are gone
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

async function search(sql, params) {
  try {
    console.log("SQL=" + sql);
    await pool.connect();
    const res = await pool.query(sql, params);
    return res.rows;
  } catch (ex) {
    console.error(ex.stack);
    return [];
  }
}

module.exports = { search };
