// Source: typeorm/typeorm — src/cache/DbQueryResultCache.ts at 1feec6ad5^ (DbQueryResultCache.storeInCache, before "fix(cache): release query runner on error in storeInCache"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner this call creates is released only after the update/insert awaits; when one of them fails the release is skipped and the connection stays out
import type { DataSource } from "../data-source/DataSource";
import type { QueryRunner } from "../query-runner/QueryRunner";

export class DbQueryResultCache {
  constructor(protected dataSource: DataSource, protected queryResultCacheTable: string) {}

  async storeInCache(options: any, savedCache: any, queryRunner?: QueryRunner): Promise<void> {
    const shouldCreateQueryRunner = queryRunner === undefined || queryRunner?.getReplicationMode() === "slave";

    if (queryRunner === undefined || shouldCreateQueryRunner) {
      queryRunner = this.dataSource.createQueryRunner("master");
    }

    if (savedCache?.identifier) {
      const qb = queryRunner.manager.createQueryBuilder().update(this.queryResultCacheTable).set(options);
      qb.where(`${qb.escape("identifier")} = :condition`, { condition: options.identifier });
      await qb.execute();
    } else {
      await queryRunner.manager.createQueryBuilder().insert().into(this.queryResultCacheTable).values(options).execute();
    }

    if (shouldCreateQueryRunner) {
      await queryRunner.release();
    }
  }
}
