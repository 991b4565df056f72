// Source: https://github.com/brianc/node-postgres/issues/2112 (briandamaged's reproduction script, the first client `c1`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await c1.query(…)` runs between connect() and the release with no try: when it rejects (the thread is about "Connection terminated unexpectedly"), c1 stays checked out
const { Pool } = require("pg");

function createPool() {
  return new Pool({
    user: process.env.PG_USER,
    host: process.env.PG_HOST,
    database: process.env.PG_DATABASE,
    password: process.env.PG_PASSWORD,
    port: process.env.PG_PORT,
    max: process.env.MAX_CLIENTS,
  });
}

async function run() {
  const pool = createPool();

  const c1 = await pool.connect();
  await c1.query("select 1", null);
  await c1.release();

  pool.on("error", () => {
    console.log("Pool handled error cleanly!");
  });
  await pool.end();
}

run().catch((err) => console.error(err));
