// Source: clevercanary/cc-pg-utils — src/Pool.ts (Pool.connect, moved to this module so that the entry has one acquisition site), reduced by hand, not copied
import { Pool as PgPool, PoolClient, ConnectionConfig } from "pg";

export type Client = PoolClient & { insert?: () => unknown };

export class BricksPool {
  protected pool: PgPool;

  constructor(config: ConnectionConfig) {
    this.pool = new PgPool(config);
  }

  async connect(): Promise<Client> {
    const client = (await this.pool.connect()) as Client;
    client.insert = () => ({});
    return client;
  }
}
