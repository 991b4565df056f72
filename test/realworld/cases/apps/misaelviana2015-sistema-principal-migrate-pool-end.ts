// Source: MisaelViana2015/sistema_principal — server/scripts/db/migrate-tires.ts (main, in the committed backups), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a failing CREATE TABLE skips the release; the finally's pool.end() then waits for the checked-out client forever, so the script hangs
import { Pool } from "pg";

async function main() {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  try {
    const client = await pool.connect();
    await client.query(`CREATE TABLE IF NOT EXISTS tires (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), position text NOT NULL)`);
    console.log("table created");
    client.release();
  } catch (error) {
    console.error("migration failed", error);
  } finally {
    await pool.end();
    process.exit(0);
  }
}

main();
