// Source: AhmadBaker8/log-service — src/db/migrate.ts (runMigrations), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the finally awaits `pg_advisory_unlock` before `client.release()`; when the unlock query rejects (a broken connection) the release never runs
import type { Pool, PoolClient } from "pg";

const MIGRATION_LOCK_ID = 7001;

async function applyMigration(client: PoolClient, file: string): Promise<void> {
  await client.query("BEGIN");
  await client.query(`-- ${file}`);
  await client.query("COMMIT");
}

export async function runMigrations(pool: Pool, files: string[]): Promise<void> {
  const client = await pool.connect();

  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    const applied = await client.query<{ name: string }>("SELECT name FROM schema_migrations");
    const done = new Set(applied.rows.map((row) => row.name));
    const pending = files.filter((file) => !done.has(file));
    if (pending.length === 0) {
      console.log("Migrations up to date.");
      return;
    }
    for (const file of pending) {
      await applyMigration(client, file);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
    client.release();
  }
}
