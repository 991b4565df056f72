// Source: RonHouben/postgres-mcp-server — src/postgres-client.ts (PostgresClient.query), reduced by hand, not copied
// Label: safe
// Why: the optional read-only transaction and the query run in the try; the catch rolls back (awaited) and rethrows, the finally releases
import pg from "pg";
import type { PoolConfig, QueryResult, QueryResultRow } from "pg";

export class PostgresClient {
  private readonly pool: pg.Pool;

  constructor(options: PoolConfig) {
    this.pool = new pg.Pool({
      database: options.database,
      user: options.user,
      password: options.password,
      host: options.host,
      port: options.port,
    });
  }

  private setDatabaseOnPool(databaseName: string | undefined) {
    this.pool.options.database = databaseName;
  }

  public async query<T extends QueryResultRow>(query: string, options: { readonly: boolean; databaseName?: string }): Promise<QueryResult<T>> {
    if (options.databaseName) {
      this.setDatabaseOnPool(options.databaseName);
    }

    const client = await this.pool.connect();

    try {
      if (options.readonly) {
        await client.query("BEGIN TRANSACTION READ ONLY");
      }
      const result = await client.query<T>(query);
      if (options.readonly) {
        await client.query("COMMIT");
      }
      return result;
    } catch (e) {
      const error = e as Error;
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
