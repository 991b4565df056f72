// Source: Algoenergy2024/hbp-backend — src/db/migrate.ts (runMigrations), reduced by hand, not copied
// Label: safe
// Why: a checkout per pending file inside the for-of loop, each released by its own finally before the next iteration
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { pool } from "./pool.js";

export async function runMigrations(migrationsDir: string): Promise<void> {
  await pool.query("CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY)");
  const { rows } = await pool.query<{ name: string }>("SELECT name FROM schema_migrations");
  const applied = new Set(rows.map((r) => r.name));
  for (const file of readdirSync(migrationsDir).sort()) {
    if (applied.has(file)) {
      continue;
    }
    const sql = readFileSync(path.join(migrationsDir, file), "utf8");
    console.log(`apply ${file}`);
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(sql);
      await client.query("INSERT INTO schema_migrations (name) VALUES ($1)", [file]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }
  console.log("Migrations complete.");
}
