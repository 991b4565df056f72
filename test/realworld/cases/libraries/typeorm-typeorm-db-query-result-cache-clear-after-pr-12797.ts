// Source: typeorm/typeorm — src/cache/DbQueryResultCache.ts at 03b29442 (DbQueryResultCache.clear, as PR #12797 "fix(cache): release query runners created by clear and getFromCache" left it), reduced by hand, not copied
// Label: safe
// Why: a runner the cache made itself through its getQueryRunner() helper (the caller passed none) is released in the finally around clearTable; a caller's runner is left to the caller
import type { DataSource, QueryRunner } from "typeorm";

export class DbQueryResultCache {
  private queryResultCacheTable = "query-result-cache";

  constructor(protected dataSource: DataSource) {}

  async clear(queryRunner?: QueryRunner): Promise<void> {
    const _queryRunner: QueryRunner = queryRunner ?? this.getQueryRunner();
    try {
      return await _queryRunner.clearTable(this.queryResultCacheTable);
    } finally {
      if (!queryRunner) {
        await _queryRunner.release();
      }
    }
  }

  protected getQueryRunner(queryRunner?: QueryRunner): QueryRunner {
    if (queryRunner) return queryRunner;
    return this.dataSource.createQueryRunner();
  }
}
