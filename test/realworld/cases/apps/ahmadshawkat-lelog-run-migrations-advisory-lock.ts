// Source: AhmadShawkat/LeLog_ — src/database/migration-runner.ts at e3a0f8e (runMigrations, run by the Fastify app's start-up), reduced by hand, not copied
// Label: safe
// Why: the checkout from a `Pick<Pool, 'connect'>` parameter takes a session advisory lock and applies migrations in a try; its finally unlocks (when locked) inside a nested try whose own finally releases, so a failed unlock still releases
import type { Pool, PoolClient } from "pg";
import { migrations, type Migration } from "./migrations.js";

const migrationLockId = 1_934_826_237;

async function applyMigration(client: PoolClient, migration: Migration): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(migration.sql);
    await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [migration.version]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

export async function runMigrations(pool: Pick<Pool, "connect">, ordered: readonly Migration[] = migrations): Promise<void> {
  const client = await pool.connect();
  let lockAcquired = false;

  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLockId]);
    lockAcquired = true;
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)");
    const applied = await client.query<{ version: string }>("SELECT version FROM schema_migrations");
    const done = new Set(applied.rows.map((row) => row.version));
    for (const migration of ordered) {
      if (done.has(migration.version)) continue;
      await applyMigration(client, migration);
    }
  } finally {
    try {
      if (lockAcquired) {
        await client.query("SELECT pg_advisory_unlock($1)", [migrationLockId]);
      }
    } finally {
      client.release();
    }
  }
}
