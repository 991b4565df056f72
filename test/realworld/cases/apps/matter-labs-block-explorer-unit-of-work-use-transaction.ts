// Source: matter-labs/block-explorer — packages/worker/src/unitOfWork/unitOfWork.provider.ts (UnitOfWork.useTransaction), reduced by hand, not copied
// Label: hand-over
// Why: the runner leaves through the returned commit and ensureRollbackIfNotCommitted closures, each of which ends in queryRunner.release(); the caller always calls one of them
import { AsyncLocalStorage } from "node:async_hooks";
import type { DataSource, QueryRunner } from "typeorm";

interface IDbTransaction {
  waitForExecution: () => Promise<void>;
  commit: () => Promise<void>;
  ensureRollbackIfNotCommitted: () => Promise<void>;
}

export class UnitOfWork {
  private readonly asyncLocalStorage = new AsyncLocalStorage<{ queryRunner: QueryRunner }>();

  constructor(private readonly dataSource: DataSource, private readonly logger: { debug(m: unknown): void; error(m: unknown, s?: string): void }) {}

  public useTransaction(action: () => Promise<void>, preventAutomaticCommit = false): IDbTransaction {
    const queryRunner: QueryRunner = this.dataSource.createQueryRunner();
    let isReleased = false;

    const release = async () => {
      this.logger.debug({ message: "Releasing the unit of work" });
      await queryRunner.release();
    };

    const commit = async () => {
      if (isReleased) {
        throw new Error("The transaction cannot be committed as it connection is released");
      }
      isReleased = true;
      try {
        await queryRunner.commitTransaction();
      } catch (error) {
        await queryRunner.rollbackTransaction();
        throw error;
      } finally {
        await release();
      }
    };

    const rollback = async () => {
      if (isReleased) {
        return;
      }
      isReleased = true;
      try {
        await queryRunner.rollbackTransaction();
      } finally {
        await release();
      }
    };

    const executionPromise = this.asyncLocalStorage.run({ queryRunner }, async () => {
      await queryRunner.connect();
      await queryRunner.startTransaction();

      try {
        await action();
      } catch (error) {
        this.logger.error({ message: "Error while processing the transaction. Rolling back" });
        await rollback();
        throw error;
      }

      if (!preventAutomaticCommit) {
        await commit();
      }
    });

    return {
      waitForExecution: () => executionPromise,
      commit,
      ensureRollbackIfNotCommitted: rollback,
    };
  }
}
