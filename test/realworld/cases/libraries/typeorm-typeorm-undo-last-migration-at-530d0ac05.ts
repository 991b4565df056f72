// Source: typeorm/typeorm — src/migration/MigrationExecutor.ts at 530d0ac05 (MigrationExecutor.undoLastMigration, "fix: release query runner when there is no migration to revert"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix releases before "Nothing to revert!" returns, but not before the "No migration … was found" throw, and the awaits that create the migrations table and load the executed migrations still run before any try: the runner this call created stays connected on each (fixed only by fa5453b40's withQueryRunner)
import { TypeORMError } from "../error";
import type { QueryRunner } from "../query-runner/QueryRunner";
import { Table } from "../schema-builder/table/Table";

export class MigrationExecutor {
  transaction: "all" | "none" | "each" = "all";

  migrationsTable = "migrations";

  constructor(protected connection: any, protected queryRunner?: QueryRunner) {}

  async undoLastMigration(): Promise<void> {
    const queryRunner = this.queryRunner || this.connection.createQueryRunner();

    await this.createMigrationsTableIfNotExist(queryRunner);
    const executedMigrations = await this.loadExecutedMigrations(queryRunner);
    const lastTimeExecutedMigration = this.getLatestExecutedMigration(executedMigrations);

    if (!lastTimeExecutedMigration) {
      this.connection.logger.logSchemaBuild(`No migrations were found in the database. Nothing to revert!`);
      if (!this.queryRunner) await queryRunner.release();
      return;
    }

    const migrationToRevert = this.getMigrations().find((migration: any) => migration.name === lastTimeExecutedMigration.name);
    if (!migrationToRevert) throw new TypeORMError(`No migration ${lastTimeExecutedMigration.name} was found in the source code.`);

    let transactionStartedByUs = false;
    if (this.transaction !== "none" && !queryRunner.isTransactionActive) {
      await queryRunner.startTransaction();
      transactionStartedByUs = true;
    }

    try {
      await migrationToRevert.instance.down(queryRunner);
      await this.deleteExecutedMigration(queryRunner, migrationToRevert);
      if (transactionStartedByUs) await queryRunner.commitTransaction();
    } catch (err) {
      if (transactionStartedByUs) {
        try {
          await queryRunner.rollbackTransaction();
        } catch (rollbackError) {}
      }
      throw err;
    } finally {
      if (!this.queryRunner) await queryRunner.release();
    }
  }

  protected async createMigrationsTableIfNotExist(queryRunner: QueryRunner): Promise<void> {
    if (this.connection.driver.options.type === "mongodb") return;
    const tableExist = await queryRunner.hasTable(this.migrationsTable);
    if (!tableExist) {
      await queryRunner.createTable(new Table({ name: this.migrationsTable, columns: this.migrationColumns() }), true);
    }
  }

  protected async loadExecutedMigrations(queryRunner: QueryRunner): Promise<any[]> {
    return this.connection.manager
      .createQueryBuilder(queryRunner)
      .select()
      .orderBy(this.connection.driver.escape("id"), "DESC")
      .from(this.migrationsTable, this.migrationsTable)
      .getRawMany();
  }

  declare getLatestExecutedMigration: (migrations: any[]) => any;
  declare getMigrations: () => any[];
  declare migrationColumns: () => any[];
  declare deleteExecutedMigration: (queryRunner: QueryRunner, migration: any) => Promise<void>;
}
