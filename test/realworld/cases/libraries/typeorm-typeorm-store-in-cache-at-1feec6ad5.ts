// Source: typeorm/typeorm — src/cache/DbQueryResultCache.ts at 1feec6ad5 (DbQueryResultCache.storeInCache, "fix(cache): release query runner on error in storeInCache"), reduced by hand, not copied
// Label: safe
// Why: the update/insert now run in a try whose finally releases the runner whenever this call created it
import type { DataSource } from "../data-source/DataSource";
import type { QueryRunner } from "../query-runner/QueryRunner";

export class DbQueryResultCache {
  constructor(protected dataSource: DataSource, protected queryResultCacheTable: string) {}

  async storeInCache(options: any, savedCache: any, queryRunner?: QueryRunner): Promise<void> {
    const shouldCreateQueryRunner = queryRunner === undefined || queryRunner?.getReplicationMode() === "slave";

    if (queryRunner === undefined || shouldCreateQueryRunner) {
      queryRunner = this.dataSource.createQueryRunner("master");
    }

    try {
      if (savedCache?.identifier) {
        const qb = queryRunner.manager.createQueryBuilder().update(this.queryResultCacheTable).set(options);
        qb.where(`${qb.escape("identifier")} = :condition`, { condition: options.identifier });
        await qb.execute();
      } else {
        await queryRunner.manager.createQueryBuilder().insert().into(this.queryResultCacheTable).values(options).execute();
      }
    } finally {
      if (shouldCreateQueryRunner) {
        await queryRunner.release();
      }
    }
  }
}
