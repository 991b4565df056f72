// Source: dailydotdev/daily-api — src/graphorm/graphorm.ts at b5e6f52d8^ (GraphORM.queryResolveTree, before PR #2353 "make sure release is called in case of error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: for a read-replica query the slave runner is set on the query builder and released after getRawMany() with no try/finally: a failing query leaves the replica connection checked out
import { DataSource, QueryRunner, SelectQueryBuilder } from "typeorm";

type Context = { con: DataSource };
type Builder = { queryBuilder: SelectQueryBuilder<any> };

export class GraphORM {
  selectType(ctx: Context, qb: SelectQueryBuilder<any>, rootType: string): Builder {
    return { queryBuilder: qb.select("*").from(rootType, rootType) };
  }

  transformType(ctx: Context, value: any): any {
    return value;
  }

  async queryResolveTree<T>(
    ctx: Context,
    rootType: string,
    beforeQuery?: (builder: Builder) => Builder,
    readReplica?: boolean,
  ): Promise<T[]> {
    let slaveRunner: QueryRunner | null = null;
    if (readReplica) {
      slaveRunner = ctx.con.createQueryRunner("slave");
    }

    let builder = this.selectType(ctx, ctx.con.createQueryBuilder(), rootType);
    if (beforeQuery) {
      builder = beforeQuery(builder);
    }
    if (slaveRunner) {
      builder.queryBuilder.setQueryRunner(slaveRunner);
    }

    const res = await builder.queryBuilder.getRawMany();
    if (slaveRunner) {
      await slaveRunner.release();
    }
    return res.map((value) => this.transformType(ctx, value));
  }
}
