// Source: dailydotdev/daily-api — src/common/queryDataSource.ts at b5e6f52d8^ (queryDataSource, before PR #2353 "make sure release is called in case of error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner is handed to the caller's callback and released after it with no try/finally: a callback whose query fails rejects past `release()` and the runner keeps its connection
import { DataSource, QueryRunner, ReplicationMode } from "typeorm";

export const queryDataSource = async <T>(
  con: DataSource,
  callback: ({ queryRunner }: { queryRunner: QueryRunner }) => Promise<T>,
  options?: Partial<{ mode: ReplicationMode }>,
): Promise<T> => {
  const queryRunner = con.createQueryRunner(options?.mode || "master");
  const result = await callback({ queryRunner });
  await queryRunner.release();
  return result;
};
