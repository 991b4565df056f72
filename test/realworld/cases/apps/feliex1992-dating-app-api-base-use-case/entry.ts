// Source: feliex1992/dating-app-api — src/base/use-cases/base.use-case.ts at ef0ed9c (BaseUseCase.execute), reduced by hand, not copied
// Label: safe
// Why: the use case takes the TypeORM runner QR.startTransaction() hands back, already in a transaction, and releases it in the finally of the try that runs every step, commit and rollback (the runner lost when START TRANSACTION fails is the helper's leak, its own case)
import { Connection, QueryRunner } from "typeorm";
import { QR } from "./queryRunner";

export abstract class BaseUseCase<Entity> {
  queryRunner: QueryRunner;
  entity: Entity;

  constructor(private connection: Connection) {}

  async execute(): Promise<void> {
    this.queryRunner = await QR.startTransaction(this.connection);
    try {
      await this.prepareData();
      await this.process();
      await this.queryRunner.commitTransaction();
    } catch (e) {
      await this.queryRunner.rollbackTransaction();
      throw new Error(e.message);
    } finally {
      await this.queryRunner.release();
    }
  }

  abstract prepareData(): Promise<void>;

  abstract process(): Promise<void>;
}
