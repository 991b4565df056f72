// Source: clevercanary/cc-pg-utils — src/Pool.ts (Pool.connect), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is patched with sql-bricks helpers (assigning functions to it does not throw) and returned to the caller, who releases it
import { Pool as PgPool, PoolClient, ConnectionConfig } from "pg";
import * as pgsql from "sql-bricks-postgres";

type Client = PoolClient & { insert?: (...args: unknown[]) => unknown };

export class Pool {
  private pool: PgPool;

  constructor(config: ConnectionConfig) {
    this.pool = new PgPool(config);
  }

  private appendInsertMethods(pgClient: PoolClient): Client {
    const client = pgClient as Client;
    client.insert = function (...args: unknown[]) {
      return pgsql.insert(...args);
    };
    return client;
  }

  private appendBricks(pgClient: PoolClient): Client {
    this.appendInsertMethods(pgClient);
    return pgClient as Client;
  }

  async connect(): Promise<Client> {
    const client = await this.pool.connect();
    return this.appendBricks(client);
  }
}
