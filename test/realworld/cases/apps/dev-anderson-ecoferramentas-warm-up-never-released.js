// Source: Dev-Anderson/EcoFerramentas — src/config/config.js (connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the first call checks a client out to test the pool with SELECT NOW() and never releases it (the tutorial's release line is missing)
const { Pool } = require("pg");

async function connect() {
  if (global.connection) return global.connection;

  const pool = new Pool({ connectionString: process.env.DATABASE_URL });

  const client = await pool.connect();
  console.log("Criou pool de conexões no PostgreSQL");
  const res = await client.query("SELECT NOW()");
  console.log(res.rows[0]);

  global.connection = pool;
  return pool;
}

module.exports = { connect };
