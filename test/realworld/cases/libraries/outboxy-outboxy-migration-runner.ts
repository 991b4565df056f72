// Source: Outboxy/outboxy — packages/migrations/src/runner.ts (runPostgresMigrations), reduced by hand, not copied
// Label: safe
// Why: each migration file gets its own checkout; BEGIN, the script, the bookkeeping insert and COMMIT run in a try whose catch rolls back and whose finally releases, and the outer finally ends the pool
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Pool } from "pg";

export async function runPostgresMigrations(connectionString: string, sqlDir: string, names: string[]): Promise<void> {
  const pool = new Pool({ connectionString });
  try {
    for (const migrationName of names) {
      const migrationPath = path.join(sqlDir, `${migrationName}.sql`);
      if (!existsSync(migrationPath)) throw new Error(`migration file not found: ${migrationPath}`);
      const migrationSQL = readFileSync(migrationPath, "utf8");
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(migrationSQL);
        await client.query("INSERT INTO __outboxy_migrations (name) VALUES ($1) ON CONFLICT (name) DO NOTHING", [migrationName]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    }
  } finally {
    await pool.end();
  }
}
