// Source: Atlanstis/gypsophila_admin_backend — src/utils/transaction.ts (useTransaction), reduced by hand, not copied
// Label: safe
// Why: the TypeORM runner is connected, then every later step — startTransaction included — runs inside the try whose finally releases it
import { DataSource, EntityManager } from "typeorm";

export async function useTransaction(dataSource: DataSource, inProcess: (manage: EntityManager) => Promise<void>) {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.startTransaction();
    await inProcess(queryRunner.manager);
    await queryRunner.commitTransaction();
  } catch (err) {
    await queryRunner.rollbackTransaction();
    throw err;
  } finally {
    await queryRunner.release();
  }
}
