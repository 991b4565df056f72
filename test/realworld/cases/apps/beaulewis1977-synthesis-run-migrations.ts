// Source: Beaulewis1977/synthesis — packages/db/src/migrate.ts (runMigrations), reduced by hand, not copied
// Label: safe
// Why: each pending migration file gets its own checkout inside the loop; BEGIN, the SQL, the bookkeeping INSERT and COMMIT run in a try whose catch rolls back and rethrows, and the finally releases before the next file
import fs from "node:fs";
import path from "node:path";
import { getPool } from "./client.js";

export async function runMigrations(migrationsDir: string, connectionString?: string): Promise<void> {
  const pool = getPool(connectionString);
  const { rows: applied } = await pool.query<{ name: string }>("SELECT name FROM migrations ORDER BY id");
  const appliedSet = new Set(applied.map((r) => r.name));

  const files = fs.readdirSync(migrationsDir).filter((f) => f.endsWith(".sql") && !f.endsWith("_down.sql")).sort();
  for (const file of files) {
    if (appliedSet.has(file)) continue;
    const sql = fs.readFileSync(path.join(migrationsDir, file), "utf-8");

    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(sql);
      await client.query("INSERT INTO migrations (name) VALUES ($1)", [file]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      console.error(`Failed to apply ${file}:`, error);
      throw error;
    } finally {
      client.release();
    }
  }
}
