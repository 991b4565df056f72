// Source: AlbertoHugonin/JobLens — apps/api/src/db/migrations.ts at 18775f2e (runMigrations), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the `finally` awaits `pg_advisory_unlock` on the migration client before `client.release()`: when that query fails (a dropped connection, a statement timeout) it throws out of the `finally` and the client never goes back to the pool
import type { Pool, PoolClient } from "pg";

interface Migration { id: number; name: string; checksum: string; sql: string }
interface AppliedMigration { id: number; name: string; checksum: string; appliedAt: string }

declare function ensureMigrationTable(client: PoolClient): Promise<void>;
declare function loadMigrations(): Promise<Migration[]>;
declare function readAppliedMigrations(client: PoolClient): Promise<Map<number, { checksum: string }>>;
declare function applyMigration(client: PoolClient, migration: Migration): Promise<AppliedMigration>;

export async function runMigrations(pool: Pool): Promise<{ applied: AppliedMigration[]; latestVersion: number }> {
  const client = await pool.connect();

  try {
    await client.query("SELECT pg_advisory_lock(hashtext('joblens_schema_migrations'))");
    await ensureMigrationTable(client);

    const migrations = await loadMigrations();
    const appliedBefore = await readAppliedMigrations(client);
    const applied: AppliedMigration[] = [];

    for (const migration of migrations) {
      const existing = appliedBefore.get(migration.id);
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          throw new Error(`Migration checksum mismatch for ${migration.id}: ${migration.name}`);
        }
        continue;
      }
      applied.push(await applyMigration(client, migration));
    }

    const appliedAfter = await readAppliedMigrations(client);
    return { applied, latestVersion: Math.max(0, ...Array.from(appliedAfter.keys())) };
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('joblens_schema_migrations'))");
    client.release();
  }
}
