// Source: typeorm/typeorm — src/migration/MigrationExecutor.ts at fa5453b40 (MigrationExecutor.withQueryRunner, added by "fix: release queryRunner when migration setup fails"), reduced by hand, not copied
// Label: safe
// Why: the callback runs in a try whose finally releases the runner whenever this executor created it; `return await` keeps the release after the callback settles
import type { QueryRunner } from "../query-runner/QueryRunner";

export class MigrationExecutor {
  constructor(protected dataSource: any, protected queryRunner?: QueryRunner) {}

  async showMigrations(): Promise<boolean> {
    return this.withQueryRunner(async (queryRunner) => {
      const executed = await this.loadExecutedMigrations(queryRunner);
      return executed.length < this.getMigrations().length;
    });
  }

  protected async withQueryRunner<T>(callback: (queryRunner: QueryRunner) => T | Promise<T>) {
    const queryRunner = this.queryRunner ?? this.dataSource.createQueryRunner();

    try {
      return await callback(queryRunner);
    } finally {
      if (!this.queryRunner) {
        await queryRunner.release();
      }
    }
  }

  declare loadExecutedMigrations: (queryRunner: QueryRunner) => Promise<any[]>;
  declare getMigrations: () => any[];
}
