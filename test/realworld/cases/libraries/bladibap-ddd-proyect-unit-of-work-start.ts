// Source: bladiBap/ddd-proyect — src/Infrastructure/Persistence/UnitOfWork.ts (UnitOfWork.startTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the TypeORM query runner takes a pooled connection at `qr.connect()` and is stored on the unit of work only after `startTransaction()`; when BEGIN rejects, the runner is in no field yet, so neither commit() nor rollback() can release it
import { inject, injectable } from "tsyringe";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";

@injectable()
export class UnitOfWork {
  private queryRunner?: QueryRunner;
  private manager?: EntityManager;
  private isActive = false;
  private count = 0;

  constructor(@inject("DataSource") private readonly dataSource: DataSource) {}

  async startTransaction(): Promise<void> {
    if (this.isActive) {
      throw new Error("UnitOfWork: the transaction is already active.");
    }
    this.count += 1;
    const qr = this.dataSource.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();

    this.queryRunner = qr;
    this.manager = qr.manager;
    this.isActive = true;
  }

  async rollback(): Promise<void> {
    if (!this.isActive || !this.queryRunner) {
      return;
    }
    try {
      await this.queryRunner.rollbackTransaction();
    } finally {
      await this.safeRelease();
    }
  }

  private async safeRelease(): Promise<void> {
    try {
      if (this.queryRunner && !this.queryRunner.isReleased) {
        await this.queryRunner.release();
      }
    } finally {
      this.queryRunner = undefined;
      this.manager = undefined;
      this.isActive = false;
    }
  }
}
