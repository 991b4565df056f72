// Source: NovaesThiago/locaLIFPI-backend — db.js at e99dc62 (connect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the first call checks out a warm-up client for `SELECT now()` and never releases it before caching the pool and handing the caller a second checkout
const checkout = require("./checkout");

async function connect() {
  const { Pool } = require("pg");

  if (global.connection) {
    return checkout(global.connection);
  }

  const pool = new Pool({ connectionString: process.env.CONNECTION_STRING });

  const client = await pool.connect();
  console.log("Criou o pool de conexão");

  const res = await client.query("Select now()");
  console.log(res.rows[0]);

  global.connection = pool;
  return checkout(pool);
}

connect();
