// Source: Viren070/AIOStreams — packages/core/src/db/driver/postgres.ts (PostgresDriver.tx, the driver behind issue #975's migration lock), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the callback and COMMIT run inside the try; a failure rolls back (its own failure ignored) and the finally releases the client; the lock leak of #975 came from `pool.query` calls, not from this checkout
import { Pool, type PoolClient } from "pg";

export class PostgresDriver {
  private readonly pool: Pool;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, connectionTimeoutMillis: 2000 });
    this.pool.on("error", () => {});
  }

  async tx<T>(fn: (tx: PostgresTxDriver) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const txDriver = new PostgresTxDriver(client);
      const r = await fn(txDriver);
      await client.query("COMMIT");
      return r;
    } catch (e) {
      try {
        await client.query("ROLLBACK");
      } catch {
        // the original error wins
      }
      throw e;
    } finally {
      client.release();
    }
  }
}

class PostgresTxDriver {
  constructor(private readonly client: PoolClient) {}

  async exec(text: string, params?: readonly unknown[]) {
    return this.client.query(text, params as unknown[]);
  }
}
