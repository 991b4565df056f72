// Source: kanchanepally/memu-core — src/db/migrate.ts (runMigrations), reduced by hand, not copied
// Label: safe
// Why: the second pool of the app (the superuser migration pool beside the RLS runtime pool) gives one client for the whole run so session GUCs stay set; an early return when there is no migrations folder and every throw pass the finally that releases it
import fs from "fs";
import path from "path";
import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const migrationPool = new Pool({ connectionString: process.env.MEMU_DB_MIGRATE_URL || process.env.DATABASE_URL });

export async function runMigrations() {
  const client = await migrationPool.connect();
  try {
    const appPassword = process.env.MEMU_APP_DB_PASSWORD || "";
    if (appPassword) {
      await client.query("SELECT set_config('memu.app_password', $1, false)", [appPassword]);
    }
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (filename TEXT PRIMARY KEY)");
    const dir = path.resolve(process.cwd(), "migrations");
    if (!fs.existsSync(dir)) return;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".sql")).sort()) {
      const existing = await client.query("SELECT 1 FROM schema_migrations WHERE filename = $1", [file]);
      if (existing.rows.length > 0) continue;
      await client.query(fs.readFileSync(path.join(dir, file), "utf8"));
      await client.query("INSERT INTO schema_migrations (filename) VALUES ($1)", [file]);
    }
  } finally {
    client.release();
  }
}
