// Source: SOMBIT4/CoWork-SaaS — database/scripts/migrate.mjs at c8ead30 (migrate), reduced by hand, not copied
// Label: safe
// Why: a migration script holds a session advisory lock on its checkout; a failed ROLLBACK or a failed unlock sets `destroyClient`, and the finally releases with `client.release(destroyClient)` whatever happened, then ends the pool
import fs from "node:fs/promises";
import path from "node:path";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const dir = path.resolve("database/migrations");

async function migrate() {
  const client = await pool.connect();
  let lockAcquired = false;
  let destroyClient = false;
  try {
    await client.query("SELECT pg_advisory_lock($1, $2)", [42, 1]);
    lockAcquired = true;
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)");
    const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
    if (files.length === 0) {
      console.log("No SQL migration files were found.");
      return;
    }
    for (const file of files) {
      const sql = await fs.readFile(path.join(dir, file), "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [file]);
        await client.query("COMMIT");
      } catch (error) {
        try {
          await client.query("ROLLBACK");
        } catch (rollbackError) {
          destroyClient = true;
          console.error("Rollback failed:", rollbackError);
        }
        throw error;
      }
    }
  } finally {
    if (lockAcquired && !destroyClient) {
      try {
        await client.query("SELECT pg_advisory_unlock($1, $2)", [42, 1]);
      } catch (unlockError) {
        destroyClient = true;
        console.error("Failed to release the migration lock:", unlockError);
      }
    }
    client.release(destroyClient);
    await pool.end();
  }
}

migrate().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
