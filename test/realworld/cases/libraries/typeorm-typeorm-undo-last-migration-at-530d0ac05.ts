// Source: typeorm/typeorm — src/migration/MigrationExecutor.ts at 530d0ac05 (MigrationExecutor.undoLastMigration, "fix: release query runner when there is no migration to revert"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix releases before "Nothing to revert!" returns, but the awaits that create the migrations table and load the executed migrations still run before any try: when one fails the runner this call created stays connected (fixed only by fa5453b40's withQueryRunner)
import { TypeORMError } from "../error";
import type { QueryRunner } from "../query-runner/QueryRunner";

export class MigrationExecutor {
  transaction: "all" | "none" | "each" = "all";

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

  declare createMigrationsTableIfNotExist: (queryRunner: QueryRunner) => Promise<void>;
  declare loadExecutedMigrations: (queryRunner: QueryRunner) => Promise<any[]>;
  declare getLatestExecutedMigration: (migrations: any[]) => any;
  declare getMigrations: () => any[];
  declare deleteExecutedMigration: (queryRunner: QueryRunner, migration: any) => Promise<void>;
}
