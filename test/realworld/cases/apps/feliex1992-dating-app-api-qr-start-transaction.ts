// Source: feliex1992/dating-app-api — src/base/queryRunner.ts at ef0ed9c (QR.startTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the TypeORM runner takes its pooled connection inside startTransaction() (the first query connects it); when START TRANSACTION then fails the runner is never returned and nobody releases it — the same path as s-amuel-18/base-nest-typeorm's startTransaction; on success the caller (BaseUseCase.execute) releases it in a finally
import { Connection, QueryRunner } from "typeorm";

export class QR {
  static async startTransaction(connection: Connection): Promise<QueryRunner> {
    const queryRunner = connection.createQueryRunner();
    await queryRunner.startTransaction();
    return queryRunner;
  }
}
