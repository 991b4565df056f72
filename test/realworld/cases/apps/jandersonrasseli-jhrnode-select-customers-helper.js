// Source: JandersonRasseli/jhrnode — db.js (connect, selectCustomers), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: selectCustomers takes its client from the file's own connect() helper, which returns `pool.connect()`, and returns the rows without ever releasing it
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function connect() {
  global.connection = pool;
  return pool.connect();
}

async function selectCustomers() {
  const client = await connect();
  const res = await client.query("SELECT * FROM clientes");
  return res.rows;
}

module.exports = { selectCustomers };
