// Source: SwaggyShane/Narmir_Reborn — test/evolution-live-db.test.js (main), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try only an array and two small arrow functions are made; the checks run in the try whose finally releases and ends the pool
const { Pool } = require("pg");
const { ensureEvolutionCols } = require("../db/evolution");

async function main() {
  console.log("=== Evolution live DB ===");
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  const client = await pool.connect();
  const failures = [];
  const pass = (m) => console.log(`  ok ${m}`);
  const fail = (m, e) => {
    console.error(`  FAIL ${m}`, e?.message || e);
    failures.push(m);
  };

  try {
    await ensureEvolutionCols(client);
    try {
      const { rows } = await client.query("SELECT id FROM kingdoms LIMIT 1");
      if (rows.length) pass("kingdom present");
    } catch (e) {
      fail("kingdom lookup", e);
    }
    if (failures.length) process.exitCode = 1;
  } finally {
    client.release();
    await pool.end();
  }
}

main();
