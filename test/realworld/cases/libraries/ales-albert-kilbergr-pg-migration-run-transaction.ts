// Source: ales-albert-kilbergr/pg-migration — src/lib/migration-runner.ts (MigrationRunner.run), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the query runner (from the author's @kilbergr/pg-datasource, not TypeORM) checks a client out of the pool in startTransaction() and gives it back only in commitTransaction()/rollbackTransaction(); a migration's up() that throws is rethrown with no rollback, so the transaction's client is never released (query failures roll back inside the runner, any other error does not)
import type { Datasource } from "@kilbergr/pg-datasource";
import * as E from "fp-ts/lib/Either";

interface Migration {
  sequenceNumber: number;
  up?: (runner: unknown) => Promise<void>;
}

export class MigrationRunner {
  constructor(
    private datasource: Datasource,
    private loader: { load(): Promise<Migration[]> },
    private log: { failed(m: Migration, e: unknown): void },
  ) {}

  public async run(targetSeqNum = Infinity) {
    const lock = this.datasource.createAdvisorLock(4242);
    const queryRunner = this.datasource.createQueryRunner();

    await lock.lock();

    const latest = await queryRunner.query("SELECT max(seq) AS seq FROM migrations");
    if (E.isLeft(latest)) {
      return latest;
    }
    const from = Number(latest.right.rows[0].seq);

    const migrations = await this.loader.load();

    await queryRunner.startTransaction();

    for (const migration of migrations) {
      if (migration.sequenceNumber > from && migration.sequenceNumber <= targetSeqNum && migration.up) {
        try {
          await migration.up(queryRunner);
        } catch (error) {
          this.log.failed(migration, error);
          throw error;
        }
      }
    }

    await queryRunner.commitTransaction();
    await lock.unlock();

    return E.right(migrations.length);
  }
}
