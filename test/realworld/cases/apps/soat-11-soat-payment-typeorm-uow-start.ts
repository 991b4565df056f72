// Source: soat-11/soat-payment — src/core/infra/database/typeorm/default-typeorm-uow.ts (DefaultTypeormUnitOfWork.start), reduced by hand, not copied
// Label: hand-over
// Why: another library's checkout: a TypeORM QueryRunner, stored in a field before `connect()`, is released by the unit of work's commit or rollback
import { DataSource, QueryRunner } from "typeorm";

import { DomainPersistenceException } from "@core/domain/exceptions/domain.exception";
import { AbstractLoggerService } from "@core/infra/logger/abstract-logger";

export abstract class DefaultTypeormUnitOfWork {
  private queryRunner: QueryRunner;

  constructor(
    protected readonly dataSource: DataSource,
    protected readonly logger: AbstractLoggerService,
  ) {}

  getQueryRunner(): QueryRunner {
    if (!this.queryRunner) {
      throw new DomainPersistenceException("Transaction not started. Call start() first.");
    }
    return this.queryRunner;
  }

  async start(): Promise<void> {
    this.logger.log("Starting transaction");
    this.queryRunner = this.dataSource.createQueryRunner();
    await this.queryRunner.connect();
    await this.queryRunner.startTransaction();
  }

  async commit(): Promise<void> {
    await this.queryRunner.commitTransaction();
    await this.queryRunner.release();
  }

  async rollback(): Promise<void> {
    await this.queryRunner.rollbackTransaction();
    await this.queryRunner.release();
  }
}
