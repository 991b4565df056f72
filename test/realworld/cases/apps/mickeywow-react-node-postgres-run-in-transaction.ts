// Source: mickeyWoW/React-Node-Postgres — server/src/lib/runInTransaction.ts (runInTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: startTransaction() runs after connect() but before the try whose finally releases the runner: if it throws, the pg client stays checked out
import { getConnection, QueryRunner } from "typeorm";

export const inTransaction = async (work: (runner: QueryRunner) => Promise<void>) => {
  const runner = getConnection().createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await work(runner);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
};
