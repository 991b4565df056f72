// Source: mastra-ai/mastra — stores/pg/src/storage/client.ts (PoolAdapter.connect), reduced by hand, not copied
// Label: hand-over
// Why: the store's DbClient exposes `connect()` for callers that need a client of their own; it returns the pool's checkout to the caller, whose contract (documented on the interface) is to release it
import type { Pool, PoolClient, QueryResult } from "pg";

export interface DbClient {
  readonly $pool: Pool;
  /** Acquire a client from the pool; remember to call client.release() when done. */
  connect(): Promise<PoolClient>;
  query(text: string, values?: unknown[]): Promise<QueryResult>;
}

export class PoolAdapter implements DbClient {
  constructor(public readonly $pool: Pool) {}

  connect(): Promise<PoolClient> {
    return this.$pool.connect();
  }

  async query(text: string, values?: unknown[]): Promise<QueryResult> {
    return this.$pool.query(text, values);
  }
}
