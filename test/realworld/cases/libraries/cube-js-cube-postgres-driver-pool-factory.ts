// Source: cube-js/cube — packages/cubejs-postgres-driver/src/PostgresDriver.ts (the constructor's generic-pool factory and withConnection), reduced by hand, not copied
// Label: safe
// Why: the pool is cube's own generic-pool `Pool<PgClient>` whose `create` factory connects a pg Client subclass and returns it to that pool; checkouts use acquire/release in try/finally
import { Pool } from "@cubejs-backend/shared";
import { Client, type ClientConfig } from "pg";

class PgClient extends Client {}

export class PgDriverSketch {
  protected readonly pool: Pool<PgClient>;

  constructor(poolConfig: ClientConfig, onPoolError: (err: Error) => void) {
    this.pool = new Pool<PgClient>("postgres", {
      create: async () => {
        const client = new PgClient(poolConfig);
        client.on("error", onPoolError);
        await client.connect();
        return client;
      },
      destroy: async (client: PgClient) => {
        await client.end();
      },
    }, { min: 0, max: 8 });
  }

  protected async withConnection<T>(fn: (conn: PgClient) => Promise<T>): Promise<T> {
    const conn = await this.pool.acquire();
    try {
      return await fn(conn);
    } finally {
      await this.pool.release(conn);
    }
  }
}
