// Source: dailydotdev/daily-api — src/common/queryDataSource.ts at b5e6f52d8 (queryDataSource, as PR #2353 "make sure release is called in case of error" left it), reduced by hand, not copied
// Label: safe
// Why: the callback runs inside a try whose finally releases the runner; the catch only rethrows
import { DataSource, QueryRunner, ReplicationMode } from "typeorm";

export const queryDataSource = async <T>(
  con: DataSource,
  callback: ({ queryRunner }: { queryRunner: QueryRunner }) => Promise<T>,
  options?: Partial<{ mode: ReplicationMode }>,
): Promise<T> => {
  const queryRunner = con.createQueryRunner(options?.mode || "master");

  let result: T;

  try {
    result = await callback({ queryRunner });
  } catch (error) {
    throw error;
  } finally {
    await queryRunner.release();
  }

  return result;
};
