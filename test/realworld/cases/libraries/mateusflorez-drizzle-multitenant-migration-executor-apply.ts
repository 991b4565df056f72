// Source: mateusflorez/drizzle-multitenant — src/migrator/executor/migration-executor.ts (MigrationExecutor.applyMigration), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the migration's SQL, the record insert and COMMIT sit in a `try` whose catch rolls back and rethrows and whose `finally` releases
import type { Pool } from "pg";

interface MigrationFile {
  name: string;
  hash: string;
  sql: string;
}
interface DetectedFormat {
  tableName: string;
  columns: { identifier: "name" | "hash"; timestamp: string; timestampType: "bigint" | "timestamp" };
}

export class MigrationExecutor {
  private async applyMigration(pool: Pool, schemaName: string, migration: MigrationFile, format: DetectedFormat): Promise<void> {
    const client = await pool.connect();

    try {
      await client.query("BEGIN");

      await client.query(migration.sql);

      const { identifier, timestamp, timestampType } = format.columns;
      const identifierValue = identifier === "name" ? migration.name : migration.hash;
      const timestampValue = timestampType === "bigint" ? Date.now() : new Date();

      await client.query(`INSERT INTO "${schemaName}"."${format.tableName}" ("${identifier}", "${timestamp}") VALUES ($1, $2)`, [
        identifierValue,
        timestampValue,
      ]);

      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
