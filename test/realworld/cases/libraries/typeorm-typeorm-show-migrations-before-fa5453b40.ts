// Source: typeorm/typeorm — src/migration/MigrationExecutor.ts at fa5453b40^ (MigrationExecutor.showMigrations, before "fix: release queryRunner when migration setup fails"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: creating the migrations table or loading the executed ones can fail, and the runner this call created is released only after both, outside any finally
import type { QueryRunner } from "../query-runner/QueryRunner";
import { Table } from "../schema-builder/table/Table";

export class MigrationExecutor {
  migrationsTable = "migrations";

  constructor(protected dataSource: any, protected queryRunner?: QueryRunner) {}

  async showMigrations(): Promise<boolean> {
    let hasUnappliedMigrations = false;
    const queryRunner = this.queryRunner ?? this.dataSource.createQueryRunner();
    await this.createMigrationsTableIfNotExist(queryRunner);

    const executedMigrations = await this.loadExecutedMigrations(queryRunner);

    for (const migration of this.getMigrations()) {
      const executedMigration = executedMigrations.find((executed) => executed.name === migration.name);
      if (executedMigration) {
        this.dataSource.logger.logSchemaBuild(`[X] ${executedMigration.id} ${migration.name}`);
      } else {
        hasUnappliedMigrations = true;
        this.dataSource.logger.logSchemaBuild(`[ ] ${migration.name}`);
      }
    }

    if (!this.queryRunner) {
      await queryRunner.release();
    }

    return hasUnappliedMigrations;
  }

  protected async createMigrationsTableIfNotExist(queryRunner: QueryRunner): Promise<void> {
    if (this.dataSource.driver.options.type === "mongodb") return;
    const tableExist = await queryRunner.hasTable(this.migrationsTable);
    if (!tableExist) {
      await queryRunner.createTable(new Table({ name: this.migrationsTable, columns: this.migrationColumns() }), true);
    }
  }

  protected async loadExecutedMigrations(queryRunner: QueryRunner): Promise<any[]> {
    return this.dataSource.manager
      .createQueryBuilder(queryRunner)
      .select()
      .orderBy(this.dataSource.driver.escape("id"), "DESC")
      .from(this.migrationsTable, this.migrationsTable)
      .getRawMany();
  }

  declare getMigrations: () => any[];
  declare migrationColumns: () => any[];
}
