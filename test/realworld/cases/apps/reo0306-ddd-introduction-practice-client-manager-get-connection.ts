// Source: reo0306/ddd-introduction-practice — CatalogService/src/infrastructure/SQL/SQLClienttManager.ts at 4f88b39 (SQLClientManager.getConnection), reduced by hand, not copied
// Label: hand-over
// Why: getConnection returns the pool's checkout to its caller, which owns the release (withClient below and SQLTransactionManager.begin release it in a finally); the AsyncLocalStorage only lends the client to the callback that `run` awaits
import { AsyncLocalStorage } from "async_hooks";
import { PoolClient } from "pg";

import pool from "./db";

export class SQLClientManager {
  private asyncLocalStorage = new AsyncLocalStorage<PoolClient>();

  getClient(): PoolClient | undefined {
    return this.asyncLocalStorage.getStore();
  }

  runWithClient<T>(client: PoolClient, callback: () => Promise<T>): Promise<T> {
    return this.asyncLocalStorage.run(client, callback);
  }

  async getConnection(): Promise<PoolClient> {
    return pool.connect();
  }

  async withClient<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
    const existingClient = this.getClient();
    if (existingClient) {
      return await callback(existingClient);
    }

    const client = await this.getConnection();
    try {
      return await callback(client);
    } finally {
      client.release();
    }
  }
}
