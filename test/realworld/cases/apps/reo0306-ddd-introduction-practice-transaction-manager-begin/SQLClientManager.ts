import { AsyncLocalStorage } from "async_hooks";
import { Pool, PoolClient } from "pg";

const pool = new Pool();

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
}
