// Source: subsquid/squid-sdk — graphql/openreader/src/db.ts (PoolOpenreaderContext.transact), reduced by hand, not copied
// Label: safe
// Why: START TRANSACTION runs in the outer try; the inner finally's COMMIT swallows its own failure, the outer finally releases
import type { ClientBase, Pool, QueryResult } from "pg";

type Database = (sql: string, parameters?: unknown[]) => Promise<unknown[][]>;

export class OpenreaderContextSketch {
  constructor(private isolationLevel: string) {}

  private async query(client: ClientBase, sql: string, parameters?: unknown[]): Promise<QueryResult> {
    return client.query({ text: sql, rowMode: "array" }, parameters);
  }

  async transact<T>(pool: Pool, cb: (db: Database) => Promise<T>): Promise<T> {
    let client = await pool.connect();
    try {
      await this.query(client, `START TRANSACTION ISOLATION LEVEL ${this.isolationLevel} READ ONLY`);
      try {
        return await cb(async (sql, parameters) => {
          let result = await this.query(client, sql, parameters);
          return result.rows;
        });
      } finally {
        await this.query(client, "COMMIT").catch(() => {});
      }
    } finally {
      client.release();
    }
  }
}
