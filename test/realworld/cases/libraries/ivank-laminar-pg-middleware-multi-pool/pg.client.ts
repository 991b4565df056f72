import type { PoolClient, QueryResult } from "pg";
import type { PgClientConfig } from "./pg.service";

export class PgClient {
  constructor(public client: PoolClient, public config: PgClientConfig = {}) {}

  async query(text: string, values?: unknown[]): Promise<QueryResult> {
    return this.client.query(text, values);
  }
}
