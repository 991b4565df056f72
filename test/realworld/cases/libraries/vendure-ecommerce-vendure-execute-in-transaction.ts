// Source: vendure-ecommerce/vendure — packages/core/src/connection/transaction-wrapper.ts at 1633446f4 (TransactionWrapper.executeInTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when the context carries no live runner the wrapper makes one and, in 'auto' mode, starts the transaction (which connects the runner) before the try whose finally releases it; a START TRANSACTION that still fails after the retries throws past that finally and the runner keeps its pooled connection
import { DataSource, EntityManager, QueryRunner, TransactionAlreadyStartedError } from "typeorm";
import { RequestContext } from "../api/common/request-context";
import { TRANSACTION_MANAGER_KEY } from "../common/constants";

export class TransactionWrapper {
  async executeInTransaction<T>(
    originalCtx: RequestContext,
    work: (ctx: RequestContext) => Promise<T>,
    mode: "auto" | "manual",
    isolationLevel: string | undefined,
    connection: DataSource,
  ): Promise<T> {
    const ctx = originalCtx.copy();
    const entityManager: EntityManager | undefined = (ctx as any)[TRANSACTION_MANAGER_KEY];
    let queryRunner = entityManager?.queryRunner;
    if (!queryRunner || queryRunner.isReleased) {
      queryRunner = connection.createQueryRunner();
    }
    if (mode === "auto") {
      await this.startTransaction(queryRunner, isolationLevel);
    }
    (ctx as any)[TRANSACTION_MANAGER_KEY] = queryRunner.manager;

    try {
      const result = await work(ctx);
      if (queryRunner.isTransactionActive) {
        await queryRunner.commitTransaction();
      }
      return result;
    } catch (error) {
      if (queryRunner.isTransactionActive) {
        await queryRunner.rollbackTransaction();
      }
      throw error;
    } finally {
      if (!queryRunner.isTransactionActive && queryRunner.isReleased === false) {
        await queryRunner.release();
      }
    }
  }

  private async startTransaction(queryRunner: QueryRunner, isolationLevel: string | undefined) {
    let attempts = 0;
    let lastError: unknown;
    while (attempts < 25) {
      try {
        await queryRunner.startTransaction(isolationLevel as any);
        return;
      } catch (err) {
        if (!(err instanceof TransactionAlreadyStartedError)) throw err;
        lastError = err;
      }
      attempts++;
    }
    throw lastError;
  }
}
