// Source: s-amuel-18/base-nest-typeorm — src/common/services/datasource.service.ts (DatasourceService.startTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the TypeORM runner holds a pg client from connect(); if startTransaction() throws, the runner is never returned, and nobody releases it
import { Injectable } from "@nestjs/common";
import { DataSource } from "typeorm";

@Injectable()
export class TransactionStarter {
  constructor(private dataSource: DataSource) {}

  async begin() {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    return runner;
  }
}
