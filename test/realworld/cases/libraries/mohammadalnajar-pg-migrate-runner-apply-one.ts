// Source: mohammadalnajar/pg-migrate-runner — src/runner.ts (MigrationRunner.migrate, the per-migration client), reduced by hand, not copied
// Label: safe
// Why: only `Date.now()` runs between connect() and the try; the catch's ROLLBACK may throw but the finally releases either way
import type { Pool } from "pg";

export async function applyPending(pool: Pool, table: string, pending: { version: string; upSql: string }[]) {
  const summary = { applied: [] as string[], failed: null as null | { version: string; error: string } };
  for (const migration of pending) {
    const client = await pool.connect();
    const startTime = Date.now();
    try {
      await client.query("BEGIN");
      await client.query(migration.upSql);
      await client.query(`INSERT INTO ${table} (version, execution_time_ms) VALUES ($1, $2)`, [
        migration.version,
        Date.now() - startTime,
      ]);
      await client.query("COMMIT");
      summary.applied.push(migration.version);
    } catch (error) {
      await client.query("ROLLBACK");
      summary.failed = { version: migration.version, error: (error as Error).message };
      break;
    } finally {
      client.release();
    }
  }
  return summary;
}
