// Source: Yengas/nodejs-postgresql-testcontainers — src/postgresql/postgresql.adapter.ts (PostgreSQLAdapter.multipleQueryInTransaction), reduced by hand, not copied
// Label: safe
// Why: the pool field is optional and read with a non-null assertion (`this.pool!.connect()`); the loop of queries runs in a try whose finally releases
import { Pool, type QueryResult } from "pg";

interface Query {
  sql: string;
  params: unknown[];
}

export class PostgreSQLAdapter {
  private pool: Pool | undefined;

  constructor(private readonly config: { uri: string }) {}

  public async query<T>(query: string, params: unknown[] = []): Promise<QueryResult<T>> {
    return this.pool!.query(query, params);
  }

  public async multipleQueryInTransaction(queries: Query[]): Promise<void> {
    const client = await this.pool!.connect();

    try {
      await client.query("BEGIN");
      for (const query of queries) {
        await client.query(query.sql, query.params);
      }
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }

  public async start(): Promise<void> {
    this.pool = new Pool({ connectionString: this.config.uri });
  }
}
