// Source: Ravikant0211/payment-system — src/infrastructure/database/migrator.ts at 03929f2 (runMigrations), reduced by hand, not copied
// Label: safe
// Why: each migration gets its own checkout of `pool ?? getPool()` inside an outer try whose finally unlocks on the pool; BEGIN, the file's SQL, the INSERT and COMMIT run inside the inner try, ROLLBACK and rethrow in its catch, release in its finally (the session advisory lock is taken and dropped through `db.query`, possibly on different clients — not a checkout)
import * as fs from "fs";
import * as path from "path";
import { Pool } from "pg";
import { getPool } from "./pg-pool";

const DIR = path.resolve(process.cwd(), "migrations");
const LOCK_ID = 987654321;

export async function runMigrations(pool?: Pool): Promise<void> {
  const db = pool ?? getPool();
  await db.query("CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR(255) PRIMARY KEY)");
  await db.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
  try {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".sql")).sort();
    const { rows } = await db.query<{ version: string }>("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((r) => r.version));
    for (const file of files) {
      if (applied.has(file)) {
        continue;
      }
      const sql = fs.readFileSync(path.join(DIR, file), "utf-8");
      const client = await db.connect();
      try {
        await client.query("BEGIN");
        await client.query(sql);
        await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [file]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      } finally {
        client.release();
      }
    }
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]);
  }
}
