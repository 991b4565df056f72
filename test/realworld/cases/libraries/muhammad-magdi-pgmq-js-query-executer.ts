// Source: Muhammad-Magdi/pgmq-js — src/query-executer.ts (QueryExecuter.executeQuery), reduced by hand, not copied
// Label: safe
// Why: the pool is a `pg-pool` `Pool<Client>` (a pg pool, whatever its generic); `return await` inside the try whose finally releases
import { Client, QueryResultRow } from "pg";
import Pool from "pg-pool";

export class QueryExecuter {
  constructor(protected readonly pool: Pool<Client>) {}

  protected async executeQuery<T extends QueryResultRow>(query: string, params?: unknown[]) {
    const client = await this.pool.connect();
    try {
      return await client.query<T>(query, params);
    } finally {
      client.release();
    }
  }
}
