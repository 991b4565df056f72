// Source: BigDeckClub/BigDeckAppV3 — migrate/scripts/migrate_preview.js at a3c3429^ (main, before "fix: address review feedback - add dotenv, fix resource leak, add retry logic"), reduced by hand, not copied
// Label: safe
// Why: the checkout sits in its own try whose catch exits the process, so the second try is reached only with a client; its count queries run inside it and its finally releases and ends the pool (the commit only adds null guards and a pool.end() before the exit)
import pkg from "pg";

const { Pool } = pkg;

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set");
    process.exit(1);
  }

  let pool;
  let client;

  try {
    pool = new Pool({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 10000 });
    client = await pool.connect();
  } catch (err) {
    console.error("Failed to connect to database:", err.message);
    process.exit(1);
  }

  try {
    for (const table of ["inventory", "containers", "decks"]) {
      try {
        const result = await client.query(`SELECT COUNT(*) as count FROM ${table}`);
        console.log(`${table}: ${result.rows[0].count}`);
      } catch (err) {
        console.log(`${table}: missing (${err.message})`);
      }
    }
    const unique = await client.query("SELECT COUNT(DISTINCT name) FROM inventory");
    console.log(`unique names: ${unique.rows[0].count}`);
  } catch (err) {
    console.error("Error during preview:", err.message);
  } finally {
    client.release();
    await pool.end();
  }
}

main().catch(console.error);
