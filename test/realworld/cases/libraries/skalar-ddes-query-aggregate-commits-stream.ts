// Source: Skalar/ddes — packages/@ddes/postgres/lib/PostgresEventStore.ts (queryAggregateCommits, an async generator), reduced by hand, not copied
// Label: safe
// Why: the generator streams rows with pg-query-stream inside a try whose finally releases the client; a consumer that stops early (getAggregateHeadCommit returns from its for-await) closes the generator, which runs the finally
import { Pool } from "pg";
import QueryStream from "pg-query-stream";
import { AggregateCommit } from "@ddes/core";

declare function rowToCommit(row: unknown): AggregateCommit;

export class PostgresEventStore {
  constructor(protected tableName: string, protected pool: Pool) {}

  public async *queryAggregateCommits(type: string, key: string, options: { descending?: boolean; limit?: number } = {}) {
    if (!type || !key) {
      throw new Error(`You need to specify 'type' and 'key'`);
    }
    const text = `SELECT * FROM "${this.tableName}" WHERE aggregate_type = $1 AND aggregate_key = $2 ORDER BY aggregate_version ${
      options.descending ? "DESC" : "ASC"
    }${options.limit ? ` LIMIT ${options.limit}` : ""}`;

    const client = await this.pool.connect();
    try {
      const queryStream = client.query(new QueryStream(text, [type, key]));
      for await (const row of queryStream) {
        yield [rowToCommit(row)];
      }
    } finally {
      client.release();
    }
  }

  public async getAggregateHeadCommit(type: string, key: string) {
    for await (const commits of this.queryAggregateCommits(type, key, { descending: true, limit: 1 })) {
      return commits[0];
    }
    return;
  }
}
