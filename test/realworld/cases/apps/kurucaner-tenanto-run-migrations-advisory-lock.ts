// Source: kurucaner/tenanto — apps/server/src/db/migrations.ts at 3b9d1b4 (runMigrations), reduced by hand, not copied
// Label: safe
// Why: everything after the checkout is inside one try whose finally first awaits the advisory unlock behind a `.catch(() => undefined)` (so it cannot throw) and then releases; a failed migration rolls back and rethrows through that finally
import type { Pool, PoolClient } from "pg";

interface IMigration {
  name: string;
  up: (client: Pool | PoolClient) => Promise<void>;
  version: number;
}

export const migrations: IMigration[] = [];

export const runMigrations = async (pool: Pool): Promise<void> => {
  const client = await pool.connect();

  try {
    const first = migrations.find((m) => m.name === "create_migrations_table");
    if (first) await first.up(client);

    await client.query("SELECT pg_advisory_lock($1)", [8_424_242]);
    const result = await client.query("SELECT version FROM migrations ORDER BY version");
    const applied = new Set(result.rows.map((row) => row.version as number));

    for (const migration of migrations) {
      if (migration.name === "create_migrations_table") continue;
      if (!applied.has(migration.version)) {
        await client.query("BEGIN");
        try {
          await migration.up(client);
          await client.query("INSERT INTO migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          console.error(`[DB] Migration v${migration.version} (${migration.name}) failed:`, error);
          throw error;
        }
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [8_424_242]).catch(() => undefined);
    client.release();
  }
};
