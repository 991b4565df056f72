// Source: KeenDevTeam/db-migration — src/migration/pg.ts at 1302320 (PostgresMigration.apply), reduced by hand, not copied
// Label: safe
// Why: the migration engine applies migrations one by one through async's forEachSeries; each iteration checks a client out, skips an applied migration, renders the template and runs it with its tracking insert in a transaction whose catch rolls back and rethrows and whose finally releases
import Async from "async";
import { Pool as PostgresConnectionPool } from "pg";

type MigrationScript = { id: string; script: string };

export class PostgresMigration {
  constructor(
    private readonly migrationRepository: { loadAll(): Promise<MigrationScript[]> },
    private readonly templateEngine: (script: string, data: Record<string, unknown>) => Promise<string>,
    private readonly migrationConfig: { schemaName: string; tableName: string; keepTrackOfMigration: boolean },
    protected readonly connectionPool: PostgresConnectionPool,
  ) {}

  private async prepareDatabase(): Promise<void> {
    await this.connectionPool.query(`CREATE SCHEMA IF NOT EXISTS "${this.migrationConfig.schemaName}"`);
  }

  public async apply(templateEngineData?: any): Promise<void> {
    await this.prepareDatabase();

    await Async.forEachSeries(await this.migrationRepository.loadAll(), async (migration: MigrationScript) => {
      let migrationApplied = false;
      const client = await this.connectionPool.connect();

      try {
        if (this.migrationConfig.keepTrackOfMigration) {
          const result = await client.query(
            `SELECT Count(record_id) FROM "${this.migrationConfig.schemaName}"."${this.migrationConfig.tableName}" WHERE identifier=$1`,
            [migration.id],
          );
          migrationApplied = parseInt(result.rows[0].count) === 1;
        }

        if (!migrationApplied) {
          const migrationScript = await this.templateEngine(migration.script, {
            ...(templateEngineData ? templateEngineData : {}),
            migration: { ...this.migrationConfig },
          });

          await client.query("BEGIN");
          await client.query(migrationScript);
          if (this.migrationConfig.keepTrackOfMigration) {
            await client.query(
              `INSERT INTO "${this.migrationConfig.schemaName}"."${this.migrationConfig.tableName}" (identifier) VALUES ($1)`,
              [migration.id],
            );
          }
          await client.query("COMMIT");
        }
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      } finally {
        client.release();
      }
    });
  }
}
