// Source: agents-inc/skills — src/skills/api-database-postgresql/examples/advanced.md at 279811b6 ("Migration Pattern (Manual SQL Files)": runMigrations), reduced by hand, not copied
// Label: safe
// Why: each file's client is checked out inside the loop after the file is read; BEGIN, the file's SQL, the bookkeeping INSERT and COMMIT run in the try, ROLLBACK and a new Error in the catch, release in the finally
import type pg from "pg";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export async function runMigrations(pool: pg.Pool, migrationsDir: string, applied: Set<string>): Promise<string[]> {
  const files = readdirSync(migrationsDir).filter((f) => f.endsWith(".sql")).sort();
  const newMigrations: string[] = [];

  for (const file of files) {
    if (applied.has(file)) continue;
    const sql = readFileSync(join(migrationsDir, file), "utf-8");
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(sql);
      await client.query("INSERT INTO schema_migrations (name) VALUES ($1)", [file]);
      await client.query("COMMIT");
      newMigrations.push(file);
    } catch (err) {
      await client.query("ROLLBACK");
      throw new Error(`Migration ${file} failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      client.release();
    }
  }
  return newMigrations;
}
