// Source: typeorm/typeorm — src/cache/DbQueryResultCache.ts at 03b29442 (DbQueryResultCache.remove, the method PR #12797 "release query runners created by clear and getFromCache" cites as already releasing), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner made by the getQueryRunner() helper (when the caller passed none) is released only after `Promise.all` of the deletes resolves, outside any finally: one failing DELETE rejects past the release and the runner keeps its pooled connection
import type { DataSource, QueryRunner } from "typeorm";

export class DbQueryResultCache {
  private queryResultCacheTable = "query-result-cache";

  constructor(protected dataSource: DataSource) {}

  async remove(identifiers: string[], queryRunner?: QueryRunner): Promise<void> {
    const _queryRunner: QueryRunner = queryRunner ?? this.getQueryRunner();
    await Promise.all(
      identifiers.map((identifier) => {
        const qb = _queryRunner.manager.createQueryBuilder();
        return qb
          .delete()
          .from(this.queryResultCacheTable)
          .where(`${qb.escape("identifier")} = :identifier`, { identifier })
          .execute();
      }),
    );

    if (!queryRunner) {
      await _queryRunner.release();
    }
  }

  protected getQueryRunner(queryRunner?: QueryRunner): QueryRunner {
    if (queryRunner) return queryRunner;
    return this.dataSource.createQueryRunner();
  }
}
