// Source: 2060-io/message-pickup-repository — packages/postgres/src/utils/buildPgDatabaseWithMigrations.ts (buildPgDatabaseWithMigrations), reduced by hand, not copied
// Label: safe
// Why: the migration runner's checkout runs BEGIN, the version table, each migration file and COMMIT inside the try (an early `return` after COMMIT when the directory is missing); the catch rolls back and the finally releases before ending the pool
import { Pool } from "pg";
import fs from "fs";
import path from "path";
import { Logger } from "@credo-ts/core";

declare function createDatabaseIfMissing(config: object, database: string): Promise<void>;

export async function buildPgDatabaseWithMigrations(
  logger: Logger | undefined,
  postgresConfig: { user: string; password: string; host: string; port?: number },
  targetDatabase: string,
  migrationsDir: string = path.resolve(__dirname, "../migrations"),
): Promise<void> {
  // (the admin Client that creates the database first is cut: a case has one connect() call)
  await createDatabaseIfMissing(postgresConfig, targetDatabase);

  const pool = new Pool({ ...postgresConfig, database: targetDatabase });

  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (id SERIAL PRIMARY KEY, version INTEGER NOT NULL)`);

    const result = await client.query("SELECT version FROM schema_version ORDER BY id DESC LIMIT 1");
    const currentVersion = result.rows.length > 0 ? result.rows[0].version : 0;

    if (!fs.existsSync(migrationsDir)) {
      logger?.warn(`[migration] Migrations directory not found: ${migrationsDir}. Skipping.`);
      await client.query("COMMIT");
      return;
    }

    const files = fs.readdirSync(migrationsDir).filter((file) => /^\d{3,}-[\w-]+\.sql$/.test(file)).sort();
    for (const file of files) {
      const version = parseInt(file.split("-")[0], 10);
      if (version <= currentVersion) continue;
      const sql = fs.readFileSync(path.join(migrationsDir, file), "utf-8");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO schema_version (version) VALUES ($1)`, [version]);
      } catch (fileErr) {
        throw new Error(`[migration] Failed to apply ${file}: ${(fileErr as Error).message}`);
      }
    }

    await client.query("COMMIT");
  } catch (err) {
    logger?.error(`[migration] Migration process failed: ${(err as Error).message}`);
    await client.query("ROLLBACK");
  } finally {
    client.release();
    await pool.end();
  }
}
