// Source: typeorm/typeorm — src/cache/DbQueryResultCache.ts at 03b29442 (DbQueryResultCache.synchronize, the one method PR #12797 "release query runners created by clear and getFromCache" did not touch), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when the caller passes no runner, synchronize makes one through its getQueryRunner() helper, checks for the cache table and may create it, and never releases it: each such call keeps a pooled connection
import { Table } from "typeorm";
import type { DataSource, QueryRunner } from "typeorm";

export class DbQueryResultCache {
  private queryResultCacheTable = "query-result-cache";

  constructor(protected dataSource: DataSource) {}

  async synchronize(queryRunner?: QueryRunner): Promise<void> {
    queryRunner = this.getQueryRunner(queryRunner);
    const exists = await queryRunner.hasTable(this.queryResultCacheTable);
    if (exists) return;

    await queryRunner.createTable(
      new Table({
        name: this.queryResultCacheTable,
        columns: [
          { name: "id", type: "int", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "identifier", type: "varchar", isNullable: true },
          { name: "time", type: "bigint" },
          { name: "duration", type: "int" },
          { name: "query", type: "text" },
          { name: "result", type: "text" },
        ],
      }),
    );
  }

  protected getQueryRunner(queryRunner?: QueryRunner): QueryRunner {
    if (queryRunner) return queryRunner;
    return this.dataSource.createQueryRunner();
  }
}
